import Foundation

/// A regular file found by the walk, with what `stat` says and what an export's index adds.
struct CandidateFile: Sendable {
    var path: String
    var size: Int64
    var modifiedAt: Date?
    /// Name and activity type from a Strava export's activities.csv, when the file is listed there.
    var stravaActivity: StravaActivity?
    /// Set when the file is a member of a .zip archive (`path` is then "archive.zip/member").
    var zipMember: ZipMember?
}
