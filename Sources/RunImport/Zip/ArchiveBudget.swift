/// What one archive may still spend: uncompressed bytes left for all its members (and the members
/// of archives nested in it) and how many more levels of nesting are allowed. A value: an archive
/// found inside another gets `nested()` of its parent's budget, and members charge it as they are
/// listed (`charge(_:)`), so a whole export shares one bound however its archives nest.
public struct ArchiveBudget: Sendable, Hashable {
    /// The bound the budget started from, named when it is exceeded.
    public var totalBytes: Int64
    public var remainingBytes: Int64
    /// The nesting bound the budget started from.
    public var totalDepth: Int
    /// 1 for an archive that may hold no further archive.
    public var remainingDepth: Int

    public init(totalBytes: Int64, totalDepth: Int) {
        self.totalBytes = totalBytes
        self.remainingBytes = totalBytes
        self.totalDepth = totalDepth
        self.remainingDepth = totalDepth
    }

    /// The budget of an archive found inside this one: the bytes left, one level less.
    /// Throws when no level is left. What the inner archive spends is taken back with `absorb(_:)`.
    public func nested() throws(ImportError.Reason) -> ArchiveBudget {
        guard remainingDepth > 1 else {
            throw .limit(.nesting(depth: totalDepth))
        }
        var inner = self
        inner.remainingDepth -= 1
        return inner
    }

    /// Charges this budget with what an archive nested in it (given `nested()` of it) has spent.
    public mutating func absorb(_ inner: ArchiveBudget) {
        remainingBytes = min(remainingBytes, inner.remainingBytes)
    }

    /// Takes `bytes` from the budget, or throws naming the total limit when they do not fit.
    public mutating func charge(_ bytes: Int64) throws(ImportError.Reason) {
        guard bytes >= 0, bytes <= remainingBytes else {
            throw .limit(.archiveBytes(limit: totalBytes))
        }
        remainingBytes -= bytes
    }
}
