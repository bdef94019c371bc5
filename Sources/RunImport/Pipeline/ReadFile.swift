public import Foundation
public import RunModel

/// A file (or one row of a CSV log) read and decoded, ready to be recorded in the log.
public struct ReadFile: Sendable {
    /// What the file turned out to hold.
    public enum Content: Sendable {
        case run(Run)
        case notActivity(reason: String)
        case failed(reason: String)
    }

    /// The file's path (for a CSV log row, "path:line").
    public var path: String
    /// Hex SHA-256 of the decompressed bytes (of the row, for a CSV log).
    public var contentHash: String
    /// Size and modification time on disk, recorded so an unchanged file is skipped without reading it.
    public var size: Int64?
    public var modifiedAt: Date?
    public var content: Content
    /// Remarks for the report (a sport inferred from the pace…).
    public var notes: [String]
}

/// A file the log already holds, as `Importer` needs it to skip work.
public struct KnownFile: Sendable, Hashable {
    public var path: String
    public var contentHash: String
    public var size: Int64?
    public var modifiedAt: Date?

    public init(path: String, contentHash: String, size: Int64?, modifiedAt: Date?) {
        self.path = path
        self.contentHash = contentHash
        self.size = size
        self.modifiedAt = modifiedAt
    }
}

/// What recording a `ReadFile` did, as the caller's log reports it.
public enum RecordResult: Sendable, Hashable {
    case imported
    case duplicate(ofRunID: String)
    case alreadyKnown
    case notActivity(reason: String)
    case failed(reason: String)
}
