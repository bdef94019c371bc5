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
