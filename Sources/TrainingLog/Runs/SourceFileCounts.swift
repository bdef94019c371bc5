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
