import GPX

/// How much work and memory one import may spend on any file or archive: the one place the
/// bounds live (docs/import-limits.md explains each). Every limit is far above what a real
/// workout file or export needs; tests inject small ones.
public struct ImportLimits: Sendable, Hashable {
    /// A plain file (FIT, GPX, TCX, CSV, or a .gz) larger than this on disk is refused unread.
    public var maximumFileBytes: Int64
    /// A decompressed .gz file or zip member larger than this is refused (reading stops there).
    public var maximumMemberBytes: Int
    /// All members of one archive together (nested archives included) may not inflate to more.
    public var maximumArchiveBytes: Int64
    /// Archives inside archives deeper than this are refused (1: an archive, no archive inside).
    public var maximumArchiveDepth: Int
    /// An archive listing more members than this is refused before any is read.
    public var maximumArchiveMembers: Int
    /// An XML element with more attributes than this is refused before libxml2 parses it.
    public var maximumXMLAttributes: Int
    /// An Apple Health export.xml (on disk or in an archive) is streamed, never held whole: it may
    /// be far larger than a member, but no more than this is read of it.
    public var maximumHealthExportBytes: Int
    /// A file holding more activities than this (chained FIT files, a TCX of many activities)
    /// gives its first this many and a note saying how many were left out. The largest real
    /// multisport or chained files hold a few hundred; a hostile one of 20,000 imports in seconds.
    public var maximumRunsPerFile = 100_000

    public init(
        maximumFileBytes: Int64, maximumMemberBytes: Int, maximumArchiveBytes: Int64, maximumArchiveDepth: Int,
        maximumArchiveMembers: Int, maximumXMLAttributes: Int, maximumHealthExportBytes: Int
    ) {
        self.maximumFileBytes = maximumFileBytes
        self.maximumMemberBytes = maximumMemberBytes
        self.maximumArchiveBytes = maximumArchiveBytes
        self.maximumArchiveDepth = maximumArchiveDepth
        self.maximumArchiveMembers = maximumArchiveMembers
        self.maximumXMLAttributes = maximumXMLAttributes
        self.maximumHealthExportBytes = maximumHealthExportBytes
    }

    /// The limits every command uses. The largest real FIT/GPX files are tens of MB, a whole
    /// Garmin or Strava export a few GB (a Garmin export nests archives 2 deep); a GPX element has
    /// fewer than 20 attributes; an Apple Health export.xml of years of data a few GB.
    public static let standard = ImportLimits(
        maximumFileBytes: 512 << 20, maximumMemberBytes: 512 << 20, maximumArchiveBytes: 32 << 30,
        maximumArchiveDepth: 3, maximumArchiveMembers: 1_000_000,
        maximumXMLAttributes: GPXReader.defaultMaximumAttributes, maximumHealthExportBytes: 64 << 30)

    /// The most one archive member may inflate to, and the limit's name in a refusal: an archive
    /// inside an archive is copied to a temporary file (see NestedZip) and an Apple Health
    /// export.xml streamed, so neither is held whole; any other member is.
    func memberLimit(named name: String) -> (bytes: Int, bound: ExceededLimit.Bound) {
        if NestedZip.isArchiveName(name) { return (Int(clamping: maximumArchiveBytes), .archiveSize) }
        if AppleHealthLayout.isExportXML(name) { return (maximumHealthExportBytes, .appleHealthExport) }
        return (maximumMemberBytes, .memberSize)
    }

    /// The budget a top-level archive starts with.
    public var archiveBudget: ArchiveBudget {
        ArchiveBudget(totalBytes: maximumArchiveBytes, totalDepth: maximumArchiveDepth)
    }

    /// "512 MiB", "32 GiB", "1,000 bytes": a limit as a refusal line names it.
    public static func describe(bytes: Int64) -> String {
        if bytes >= 1 << 30, bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
