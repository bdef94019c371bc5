import ArgumentParser
import Foundation
import Planner
import RunModel
import UseCases

/// `runramp checkin --back-pain LEVEL [--symptom S…] [--cleared] [--rpe N] [--today D]`: stores how the
/// back feels, and how hard the day's last run felt.
struct CheckInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin",
        abstract: "Tell the log how your back feels today; every later plan takes it into account.",
        discussion:
            "A pause stands until you check in with --cleared; one for back pain alone (no warning sign) also lifts after "
            + "7 pain-free days in a row. See docs/weekly-loop.md."
    )

    @OptionGroup var answer: CheckInArguments

    @Option(
        help: ArgumentHelp(
            "How hard the day's last run felt, 1 (very easy) to 10 (maximal): its load when it has no heart rate "
                + "(docs/run-figures.md). Alone, or with --back-pain.",
            valueName: "effort"))
    var rpe: Int?

    // --today as every other command names the day a thing happens; --date is kept for earlier scripts.
    @Option(
        name: [.customLong("today"), .customLong("date")],
        help: ArgumentHelp(
            "The day of the check-in (YYYY-MM-DD; --date also works); default: today.", valueName: "date"))
    var date: String?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard answer.isGiven || rpe != nil else {
            throw OptionError("say how your back feels: --back-pain none, mild or persistent")
        }
        if let rpe {
            do { try SessionEffortUseCase.check(rpe) } catch { throw OptionError(error.description) }
        }
        if answer.isGiven { _ = try answer.checkIn(on: try day()) }
    }

    func day() throws -> CalendarDay {
        try SharedOption.today(date)
    }

    func run() throws {
        let day = try day()
        let log = try database.open()
        if let rpe {
            let effort = try SessionEffortUseCase.record(rpe: rpe, day: day, log: log, now: Date())
            print(SessionEffortUseCase.line(effort, run: try SessionEffortUseCase.target(of: effort, log: log)))
        }
        guard answer.isGiven else { return }
        let checkIn = try answer.checkIn(on: day)
        let loop = LoopLog(log: log)
        try loop.record(checkIn, now: Date())
        let state = PainHistory.state(of: try loop.checkIns(), today: day)
        print("Checked in for \(day): \(CheckInsCommand.describe(checkIn))")
        print(CheckInsCommand.describe(state, today: day))
    }
}
