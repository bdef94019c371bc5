import ArgumentParser
import Foundation
import Render
import RunImport
import RunModel
import TrainingLog
import UseCases

/// `runramp add --date D --distance 5km --duration 31:20 [--sport treadmill] [--rpe N]`: logs a run without a file.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a run by hand (a treadmill run, a run without a watch)."
    )

    @Option(help: ArgumentHelp("The day, YYYY-MM-DD (optionally \"YYYY-MM-DD HH:MM\").", valueName: "date"))
    var date: String

    // Unconditional so that "--distance -5km" reaches the distance message instead of "missing value".
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Distance with a unit: 5km, 3.1mi, 800m (a bare number is km).", valueName: "distance"))
    var distance: String

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Duration: 31:20, 1:02:03, 45m or 1h05m (not a bare number).", valueName: "duration"))
    var duration: String

    @Option(
        help: ArgumentHelp("running, trail, treadmill, track, walking, cycling, swimming or other.", valueName: "sport")
    )
    var sport: String = "running"

    @Option(
        help: ArgumentHelp(
            "The day to take as today when refusing a run in the future (default: the system's).", valueName: "date"))
    var today: String?

    @Option(
        help: ArgumentHelp(
            "How hard the run felt, 1 (very easy) to 10 (maximal): its load, as it has no heart rate "
                + "(docs/run-figures.md).",
            valueName: "effort"))
    var rpe: Int?

    @Flag(help: "Add the run even if its pace is faster than 2:00 /km for running or its day is after today.")
    var force = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try SharedOption.refuseBareNumber(duration: duration)
        if let rpe {
            do { try SessionEffortUseCase.check(rpe) } catch { throw OptionError(error.description) }
        }
        let entry: ManualEntry
        do {
            entry = try ManualEntry(date: date, distance: distance, duration: duration, sport: sport)
        } catch {
            throw OptionError(ImportError(error, path: "runramp add").reasonText)
        }
        // A CSV log may hold a zero-distance row (a gym session); a run typed by hand needs a distance.
        guard entry.distanceMeters > 0 else { throw OptionError("distance \"\(distance)\": must be more than 0") }
        let todayDay = try SharedOption.today(today)
        if !force, let problem = entry.implausibilities(today: todayDay).first {
            switch problem {
            case .tooFastForRunning: throw OptionError("\(distance) in \(duration): \(problem)")
            case .inTheFuture: throw OptionError("date \"\(date)\" \(problem)")
            }
        }
        let log = try database.open()
        let run = entry.run(path: "runramp add", format: .manual)
        let outcome = try log.record([
            IncomingFile(path: "runramp add", contentHash: entry.contentHash, content: .run(run))
        ])
        let speed = RunsText.speedText(for: run, unit: .kilometers)
        let text =
            "\(entry.day) \(run.sport.rawValue) \(Distance(meters: run.distanceMeters).formatted(in: .kilometers)) "
            + "in \(RunModel.DurationText.clock(run.movingSeconds))" + (speed.isEmpty ? "" : " (\(speed))")
        var storedID: String?
        switch outcome.first {
        case .imported(let id):
            storedID = id
            print("Added \(text)")
        case .alreadyKnown: print("Already in the log: \(text)")
        case .duplicate(let kept, _):
            storedID = kept
            print("Same run as one already in the log (\(kept)): \(text)")
        case .failed(let problem):
            // Values no body or watch produces (docs/log.md, "Values a run can hold").
            throw OptionError("not added: \(problem)")
        default: print("Not added: \(text)")
        }
        // An effort for a run typed again (already known) goes to the run of that entry's day.
        if let rpe {
            let effort = try SessionEffortUseCase.record(
                rpe: rpe, day: entry.day, runID: storedID ?? run.id, log: log, now: Date())
            print(Self.effortLine(effort, run: try SessionEffortUseCase.target(of: effort, log: log)))
        }
    }

    /// "Effort 6 of 10 noted for the run of 5.00 km on 2026-11-24." or, before the run is in the log,
    /// that it will count for the day's last run.
    static func effortLine(_ effort: SessionEffortRecord, run: Run?) -> String {
        guard let run else {
            return "Effort \(effort.rpe) of 10 noted for \(effort.day): it counts for that day's last run once it "
                + "is in the log."
        }
        return "Effort \(effort.rpe) of 10 noted for the run of "
            + "\(Distance(meters: run.distanceMeters).formatted(in: .kilometers)) on \(run.localDay)."
    }
}
