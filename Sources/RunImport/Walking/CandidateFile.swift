import Foundation

/// A regular file found by the walk, with what `stat` says and what an export's index adds.
struct CandidateFile: Sendable {
    var path: String
    var size: Int64
    var modifiedAt: Date?
    /// Name and activity type from a Strava export's activities.csv, when the file is listed there.
    var stravaActivity: StravaActivity?
    /// True for a Strava export's activities.csv: its rows without a file are manual entries (see StravaManualEntries).
    var isStravaIndex = false
    /// Set on an Apple Health export's export.xml: the route files beside it (see AppleHealthLayout).
    var appleHealth: AppleHealthLayout?
    /// Set when the file is a member of a .zip archive (`path` is then "archive.zip/member").
    var zipMember: ZipMember?
    /// Why this archive member is not read, reported as its failure: a .zip archive inside an
    /// archive that could not be expanded (see NestedZip), or a name that climbs out of the archive
    /// (see ZipExpansion.unsafeNameReason).
    var refusal: ImportError.Reason?
    /// Why this archive member is deliberately not read (`__MACOSX/`, a hidden name, a Strava
    /// export's routes/): the import lists it with the reason instead of reading it.
    var skipReason: SkippedEntry.Reason?
}
