import FIT
import RunModel

/// A remark about one imported run for the report; `text` is how the report prints it.
enum ImportNote: Sendable, Hashable {
    /// The file names no activity type: the sport was guessed from the pace (`pace` nil: no pace either).
    case sportGuessed(pace: String?, as: Sport)
    /// GPS points dropped as spikes (GPSSpikeFilter's wording).
    case gpsSpikes(String)
    /// A FIT file damaged part-way: what came before the error is kept.
    case keptBeforeError(FITError)
    /// A figure no body or watch produces, dropped from the run (PlausibleValues' wording).
    case valueDropped(String)
    /// One activity of a file that holds several, skipped (its 1-based number, the total, why).
    case activitySkipped(number: Int, of: Int, reason: String)
    /// A file with more activities than the cap on runs per file: the first `kept` were read.
    case activitiesLeftOut(kept: Int, of: Int)
    /// An Apple Health workout's route that could not be read.
    case routeNotRead(path: String, reason: String)
    /// An Apple Health workout's route named in export.xml but absent from the export.
    case routeMissing(path: String)
    /// An Apple Health workout without a distance (and no route to measure one).
    case noDistance

    /// The sentence printed after "note: path: ".
    var text: String {
        switch self {
        case .sportGuessed(let pace?, .running): "no activity type; pace \(pace) counted as running"
        case .sportGuessed(let pace?, let sport):
            "no activity type; pace \(pace) is not a running pace, counted as \(sport.rawValue)"
        case .sportGuessed(nil, _): "no activity type and no pace; not counted as running"
        case .gpsSpikes(let text), .valueDropped(let text): text
        case .keptBeforeError(let error): "kept what came before a decoding error: \(error.description)"
        case .activitySkipped(let number, let count, let reason): "activity \(number) of \(count) skipped: \(reason)"
        case .activitiesLeftOut(let kept, let count):
            "\(count) activities in one file, more than the \(kept) a file may hold: the first \(kept) were read, the other \(count - kept) left out"
        case .routeNotRead(let path, let reason): "route \(path) not read: \(reason)"
        case .routeMissing(let path): "route \(path) is not in the export"
        case .noDistance: "no distance in the export"
        }
    }

    /// True for a note that only explains a guessed sport (dropped when an export names the sport).
    var isSportGuess: Bool {
        if case .sportGuessed = self { return true }
        return false
    }
}
