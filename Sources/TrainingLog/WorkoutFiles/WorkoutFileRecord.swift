public import Foundation
public import RunModel

/// A workout file the last `plan --workouts DIR` export wrote for a planned run: its day, the session's title
/// as the stored plan names it, and where the file is (docs/workouts.md, "In `runramp today`").
public struct WorkoutFileRecord: Sendable, Hashable {
    public var day: CalendarDay
    /// "Easy run 6.4 km": the planned session's title, how `runramp today` finds its file.
    public var title: String
    /// The file's path: the export's folder (absolute) and the file name.
    public var path: String
    public var exportedAt: Date

    public init(day: CalendarDay, title: String, path: String, exportedAt: Date) {
        self.day = day
        self.title = title
        self.path = path
        self.exportedAt = exportedAt
    }
}
