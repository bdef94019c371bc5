/// An error opening, migrating, reading or writing the training log, with the database path.
public struct LogError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Hashable {
        case cannotCreateFolder(String, String)
        case cannotOpen(String)
        case migrationFailed(String)
        case corruptSamples(runID: String, byteOffset: Int)
        case corruptRow(runID: String, column: String)
        case database(String)
    }

    public var reason: Reason
    /// The database file (":memory:" for an in-memory log).
    public var path: String

    public init(_ reason: Reason, path: String) {
        self.reason = reason
        self.path = path
    }

    public var description: String {
        switch reason {
        case .cannotCreateFolder(let folder, let message):
            "\(path): cannot create the folder \(folder): \(message)"
        case .cannotOpen(let message):
            "\(path): cannot open the training log: \(message)"
        case .migrationFailed(let message):
            "\(path): cannot upgrade the training log (was it written by a newer runramp?): \(message)"
        case .corruptSamples(let runID, let offset):
            "\(path): run \(runID): sample data damaged at byte \(offset)"
        case .corruptRow(let runID, let column):
            "\(path): run \(runID): column \(column) holds an unexpected value"
        case .database(let message):
            "\(path): \(message)"
        }
    }
}
