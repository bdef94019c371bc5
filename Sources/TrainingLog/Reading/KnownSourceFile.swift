public import Foundation

/// A source file the log already knows, for incremental imports: the importer skips a file whose
/// path, size and modification time match (no read at all) or whose content hash matches (no decode).
public struct KnownSourceFile: Sendable, Hashable {
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

/// How many source files the log holds in each state.
public struct SourceFileCounts: Sendable, Hashable, Codable {
    public var imported = 0
    public var duplicate = 0
    public var notActivity = 0
    public var failed = 0

    public init(imported: Int = 0, duplicate: Int = 0, notActivity: Int = 0, failed: Int = 0) {
        self.imported = imported
        self.duplicate = duplicate
        self.notActivity = notActivity
        self.failed = failed
    }
}
