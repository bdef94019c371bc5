public import Foundation
public import RunModel

/// A source file (or one row of a CSV log, path "file:line") read and decoded by the importer,
/// with what it turned out to hold, ready to be recorded in the training log.
public struct IncomingFile: Sendable {
    /// What a file turned out to hold.
    public enum Content: Sendable {
        case run(Run)
        /// A valid file that is not an activity (monitoring, settings, a route without times…).
        case notActivity(reason: NotActivityReason)
        /// A run refused for values no body or watch produces (`PlausibleValues`); recorded for
        /// the report but retried on the next import. Files that cannot be read or decoded never get
        /// here: the importer reports their typed error itself.
        case failed(ImplausibleValue)
    }

    public var path: String
    /// Hex SHA-256 of the decompressed bytes.
    public var contentHash: String
    public var size: Int64?
    public var modifiedAt: Date?
    public var content: Content
    /// Remarks for the import report (a sport inferred from the pace…).
    public var notes: [ImportNote]

    public init(
        path: String, contentHash: String, size: Int64? = nil, modifiedAt: Date? = nil, content: Content,
        notes: [ImportNote] = []
    ) {
        self.path = path
        self.contentHash = contentHash
        self.size = size
        self.modifiedAt = modifiedAt
        self.content = content
        self.notes = notes
    }
}
