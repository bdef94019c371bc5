public import RunModel
public import Foundation

/// A source file the importer has read, with what it turned out to hold, ready to be recorded.
public struct IncomingFile: Sendable {
    /// What a file turned out to hold.
    public enum Content: Sendable {
        case run(Run)
        /// A valid file that is not an activity (monitoring, settings, a route without times…).
        case notActivity(reason: String)
        /// A file that could not be read; recorded for the report but retried on the next import.
        case failed(reason: String)
    }

    public var path: String
    /// Hex SHA-256 of the decompressed bytes.
    public var contentHash: String
    public var size: Int64?
    public var modifiedAt: Date?
    public var content: Content

    public init(path: String, contentHash: String, size: Int64? = nil, modifiedAt: Date? = nil, content: Content) {
        self.path = path
        self.contentHash = contentHash
        self.size = size
        self.modifiedAt = modifiedAt
        self.content = content
    }
}

/// What recording one file did to the log.
public enum RecordOutcome: Sendable, Hashable {
    /// A new run was stored under this id.
    case imported(runID: String)
    /// The same activity was already stored; the richer recording is kept (`keptRunID`) and this
    /// file is linked to it. `replacedRunID` is set when this file was richer and took the place
    /// of the run stored before.
    case duplicate(keptRunID: String, replacedRunID: String?)
    /// This content hash was already in the log.
    case alreadyKnown
    case notActivity(reason: String)
    case failed(reason: String)
}
