import Foundation
public import RunImport
public import RunModel

/// Why `runramp add` or a correction (`edit`, `remove`, `exclude`, `include`) refuses what the runner
/// typed: each case keeps the values, `description` words it once (docs/errors.md). Nothing is
/// stored when one is thrown.
public enum RunEntryRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// A field of `add` that does not read (`date "x": …`, `distance "x": …`), as the CSV log words it.
    case unreadable(ImportError)
    /// `--duration 30`: seconds or minutes?
    case bareNumberDuration(String)
    /// `add --distance 0km`: a run typed by hand needs a distance.
    case zeroDistance(String)
    /// `add` without `--force`: a pace no runner runs (distance and duration as typed).
    case tooFast(distance: String, duration: String, ManualEntry.Implausibility)
    /// `add` without `--force`: a day after today (the date as typed).
    case inTheFuture(date: String, ManualEntry.Implausibility)
    /// `--rpe` outside 1–10.
    case effort(SessionEffortUseCase.InvalidEffort)
    /// Values no body or watch produces, found when the log records the run.
    case notAdded(ImplausibleValue)
    /// `edit` with nothing to change.
    case nothingToChange
    /// `edit --sport` naming no sport.
    case unknownSport(String)
    /// `edit --distance` outside the plausible distances.
    case distance(String)
    /// `edit --duration` outside the plausible durations.
    case duration(String)
    /// A day option (`--date`, `--today`, `--since`, …) that names no day in 1900–2099.
    case day(option: String, text: String, CalendarDayProblem)
    /// No run has this id or an id starting with it.
    case noSuchRun(String)
    /// Several runs start with this id (the first ten).
    case ambiguousRun(String, candidates: [String])

    public var description: String {
        switch self {
        case .unreadable(let error): error.reasonText
        case .bareNumberDuration(let text):
            "--duration \(text): a bare number could be seconds or minutes; write 30:00, 30m or 1h05m"
        case .zeroDistance(let text): "distance \"\(text)\": must be more than 0"
        case .tooFast(let distance, let duration, let problem): "\(distance) in \(duration): \(problem)"
        case .inTheFuture(let date, let problem): "date \"\(date)\" \(problem)"
        case .effort(let invalid): invalid.description
        case .notAdded(let problem): "not added: \(problem)"
        case .nothingToChange: "say what to change: --sport, --distance, --duration or --date"
        case .unknownSport(let text):
            "--sport \(text): expected one of \(Sport.allCases.map(\.rawValue).joined(separator: ", "))"
        case .distance(let text): "--distance \(text): expected a distance such as 5km, 3.1mi or 800m"
        case .duration(let text): "--duration \(text): expected a time such as 31:20 or 1:02:03"
        case .day(let option, let text, let problem): "\(option) \(text): \(problem)"
        case .noSuchRun(let text): "\(text): no run has this id (see `runramp runs`)"
        case .ambiguousRun(let text, let candidates):
            "\(text): several runs start with this id: \(candidates.joined(separator: ", ")); type more of it"
        }
    }

    /// The day `text` names for `option`; else `.day` saying whether the shape is wrong, the day does
    /// not exist ("there is no 31 November 2026") or lies outside 1900–2099 (`CalendarDay.plausible`).
    public static func day(_ text: String, option: String) throws(RunEntryRefusal) -> CalendarDay {
        switch CalendarDay.plausible(text) {
        case .success(let day): return day
        case .failure(let problem): throw .day(option: option, text: text, problem)
        }
    }

    /// Refuses a duration typed as a bare number (`--duration 30`): 30 seconds or 30 minutes? A CSV
    /// log's column may say which; on the command line the runner says it with a unit or a colon.
    public static func refuseBareNumber(duration text: String) throws(RunEntryRefusal) {
        guard Double(text.trimmingCharacters(in: .whitespaces)) == nil else { throw .bareNumberDuration(text) }
    }
}
