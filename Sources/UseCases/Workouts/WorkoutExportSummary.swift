public import RunModel
public import TrainingLog

/// What one `plan --workouts DIR` export did.
public struct WorkoutExportSummary: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// Workout files the plan holds now.
    public var workouts: Int
    /// New files.
    public var written: Int
    /// Files rewritten because their session changed (same name, same serial number).
    public var changed: Int
    /// RunRamp's files of sessions the plan no longer holds, removed.
    public var removed: Int
    /// Every workout file the folder now holds for the plan, as the log remembers them for `runramp today`.
    public var files: [WorkoutFileRecord]
    /// The plan's first day: the export replaced or removed RunRamp's files from this day on.
    public var firstDay: CalendarDay

    public init(
        path: String, workouts: Int, written: Int, changed: Int, removed: Int, files: [WorkoutFileRecord] = [],
        firstDay: CalendarDay
    ) {
        self.path = path
        self.workouts = workouts
        self.written = written
        self.changed = changed
        self.removed = removed
        self.files = files
        self.firstDay = firstDay
    }

    /// "workouts: 12 workout files (3 written, 1 changed, 2 removed)".
    public var description: String {
        "\(path): \(workouts) workout file\(workouts == 1 ? "" : "s") (\(written) written, \(changed) changed, \(removed) removed)"
    }
}
