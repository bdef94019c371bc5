public import FIT
public import RunModel

/// A remark about one imported file for the report, carried typed from the reader; `description`
/// is the one place that words it.
public enum ImportNote: Sendable, Hashable, CustomStringConvertible {
    /// The file names no activity type: the sport was guessed from the pace (`pace` nil: no pace either).
    case sportGuessed(pace: String?, as: Sport)
    /// GPS points dropped as spikes: how many, and the speed they implied more than (km/h).
    case gpsSpikes(dropped: Int, maximumSpeedKmh: Double)
    /// A FIT file damaged part-way: what came before the error is kept.
    case keptBeforeError(FITError)
    /// A figure no body or watch produces, dropped from the run.
    case valueDropped(DroppedValue)
    /// One activity of a file that holds several, skipped.
    case activitySkipped(SkippedActivity)
    /// A file with more activities than the cap on runs per file: the first `kept` were read.
    case activitiesLeftOut(kept: Int, of: Int)
    /// An Apple Health workout's route that could not be read, and why.
    case routeNotRead(path: String, reason: RouteProblem)
    /// An Apple Health workout's route named in export.xml but absent from the export.
    case routeMissing(path: String)
    /// An Apple Health workout without a distance (and no route to measure one).
    case noDistance
    /// A folder reached a second time (a link loop, or the same folder given twice).
    case folderAlreadyWalked
    /// A run dated in UTC because `TZ` (this zone name) names no time zone.
    case datedInUTC(zone: String)

    /// Why an Apple Health route file gave no track.
    public enum RouteProblem: Sendable, Hashable {
        /// Its bytes could not be read.
        case unreadableFile(ImportError)
        /// It could not be decoded.
        case undecodable(ImportError)
        /// A file of several activities without one.
        case noTrack
        /// It holds no activity.
        case notActivity(NotActivityReason)
    }

    /// The note for GPS spikes dropped by `GPSSpikeFilter`, nil when none was.
    static func spikes(in result: GPSSpikeFilter.Result) -> ImportNote? {
        result.dropped > 0 ? .gpsSpikes(dropped: result.dropped, maximumSpeedKmh: result.maximumSpeedKmh) : nil
    }

    /// The sentence printed after "note: path: ".
    public var description: String {
        switch self {
        case .sportGuessed(let pace?, .running): "no activity type; pace \(pace) counted as running"
        case .sportGuessed(let pace?, let sport):
            "no activity type; pace \(pace) is not a running pace, counted as \(sport.rawValue)"
        case .sportGuessed(nil, _): "no activity type and no pace; not counted as running"
        case .gpsSpikes(let dropped, let speed):
            "dropped \(dropped == 1 ? "1 GPS point" : "\(dropped) GPS points") implying > \(Int(speed)) km/h"
        case .valueDropped(let value): value.description
        case .keptBeforeError(let error): "kept what came before a decoding error: \(error.description)"
        case .activitySkipped(let skipped): skipped.description
        case .activitiesLeftOut(let kept, let count):
            "\(count) activities in one file, more than the \(kept) a file may hold: the first \(kept) were read, the other \(count - kept) left out"
        case .routeNotRead(let path, let problem): "route \(path) not read: \(problem.description)"
        case .routeMissing(let path): "route \(path) is not in the export"
        case .noDistance: "no distance in the export"
        case .folderAlreadyWalked: "a folder already walked (a link loop, or the same folder twice): skipped"
        case .datedInUTC(let zone):
            "TZ \"\(zone)\" names no time zone, so this run (no zone or position in the file) is dated in UTC; "
                + "set TZ (e.g. Europe/Berlin) or fix its day with runramp edit"
        }
    }

    /// True for a note that only explains a guessed sport (dropped when an export names the sport).
    var isSportGuess: Bool {
        if case .sportGuessed = self { return true }
        return false
    }
}

extension ImportNote.RouteProblem: CustomStringConvertible {
    /// The reason after "route … not read: ".
    public var description: String {
        switch self {
        case .unreadableFile(let error): "cannot read it (\(error.reasonText))"
        case .undecodable(let error): error.reasonText
        case .noTrack: "no track"
        case .notActivity(let reason): reason.description
        }
    }
}
