public import Foundation
public import RunModel

/// An effort the runner gave for a session (RPE, 1–10: `checkin --rpe`, `add --rpe`), dated; for one
/// run (`runID`) or for the last run of its day.
public struct SessionEffortRecord: Sendable, Hashable {
    /// The efforts a runner can give.
    public static let scale = 1...10

    public var id: Int64?
    public var day: CalendarDay
    /// The run it was given for; nil for the last run of `day`.
    public var runID: String?
    public var rpe: Int
    public var recordedAt: Date

    public init(id: Int64? = nil, day: CalendarDay, runID: String? = nil, rpe: Int, recordedAt: Date) {
        self.id = id
        self.day = day
        self.runID = runID
        self.rpe = rpe
        self.recordedAt = recordedAt
    }
}
