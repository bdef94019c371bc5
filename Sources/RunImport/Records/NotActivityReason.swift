import Foundation

/// Why a file (or one activity of a file) holds no activity: carried typed from the reader to the
/// import report, which groups files on it; `description` is its one wording, which the report
/// prints and the log stores beside the file's fingerprint.
public indirect enum NotActivityReason: Sendable, Hashable, CustomStringConvertible {
    /// A file of 0 bytes.
    case emptyFile
    /// A .gz file whose content is empty.
    case emptyInGzip
    /// A .gz file whose content is no workout file (another archive, unknown bytes).
    case noWorkoutInGzip
    /// Bytes that are no FIT, GPX, TCX or CSV log file (a photo, a JSON file…).
    case unknownFormat
    /// A format sniffed as a workout file that no adapter reads.
    case notFITGPXOrTCX
    /// A gzip stream inside a gzip stream.
    case nestedGzip
    /// A GPX file without track points and without routes.
    case noTrackPoints
    /// A GPX file holding routes only.
    case plannedRoute
    /// A GPX track without a single time, as a planner writes.
    case untimedTrack
    /// A GPX track whose points with positions have no times.
    case trackWithoutTimes
    /// A FIT file of another type (its profile name: "monitoring_b", "settings", …).
    case fitFileType(String)
    /// A FIT activity file without a session or records.
    case fitWithoutSessionOrRecords
    /// A FIT activity file without a start time.
    case fitWithoutStartTime
    /// A FIT file of several activities none of which is one: the first skipped, as its note says.
    case noActivityOf(SkippedActivity)
    /// A FIT file of several activities that holds none.
    case noActivityInFile
    /// A CSV log with a header and no rows (counted, so the summary's figures add up to the files seen).
    case csvLogWithoutRows
    /// Strava's activities.csv without a manual entry.
    case stravaActivityList
    /// An Apple Health export.xml without workouts.
    case appleHealthWithoutWorkouts
    /// An Apple Health route the log already holds, read again only to say so.
    case alreadyKnown

    public var description: String {
        switch self {
        case .emptyFile: "empty file (0 bytes)"
        case .emptyInGzip: "a .gz file that holds an empty file"
        case .noWorkoutInGzip: "a .gz file that holds no FIT, GPX, TCX or CSV log"
        case .unknownFormat: "not a FIT, GPX, TCX or CSV log file"
        case .notFITGPXOrTCX: "not a FIT, GPX or TCX file"
        case .nestedGzip: "nested gzip"
        case .noTrackPoints: "no track points"
        case .plannedRoute: "a planned route (no track)"
        case .untimedTrack: "a track without times (a planned route?)"
        case .trackWithoutTimes: "a track without times"
        case .fitFileType(let type): "FIT \(type.replacingOccurrences(of: "_", with: " ")) file"
        case .fitWithoutSessionOrRecords: "FIT file without session or records"
        case .fitWithoutStartTime: "FIT file without a start time"
        case .noActivityOf(let skipped): skipped.description
        case .noActivityInFile: "no activity in the file"
        case .csvLogWithoutRows: "a CSV log without rows"
        case .stravaActivityList: "Strava's list of the export's activities (no manual entries)"
        case .appleHealthWithoutWorkouts: "an Apple Health export without workouts"
        case .alreadyKnown: "already known"
        }
    }
}

/// One activity of a file that holds several, skipped: its 1-based number, the total, and why.
public struct SkippedActivity: Sendable, Hashable, CustomStringConvertible {
    /// Why the activity was skipped.
    public enum Why: Sendable, Hashable {
        case notActivity(NotActivityReason)
        /// It could not be decoded (the reader's error, which names no path: the file's is the report's).
        case unreadable(ImportError.Reason)
    }

    public var number: Int
    public var count: Int
    public var why: Why

    public var description: String {
        let reason =
            switch why {
            case .notActivity(let reason): reason.description
            case .unreadable(let error): ImportError.reasonText(of: error)
            }
        return "activity \(number) of \(count) skipped: \(reason)"
    }
}
