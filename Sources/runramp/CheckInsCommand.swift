import ArgumentParser
import Foundation
import Planner
import Render
import RunModel
import TrainingLog
import UseCases

/// `runramp checkins [--today D] [-f json | --json]`: every stored check-in, and where they leave you.
struct CheckInsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkins",
        abstract: "List your back check-ins and what they mean for the plan today."
    )

    @OptionGroup var today: TodayOption

    @OptionGroup var format: FormatOptions

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let todayDay = try today.day()
        // As of --today: a check-in after that day has not happened yet.
        let checkIns = try LoopLog(log: try database.open(.readOnly)).checkIns().filter { $0.day <= todayDay }
        if format.isJSON {
            let state = PainHistory.state(of: checkIns, today: todayDay)
            print(try CheckInsJSON.render(checkIns, state: state, today: todayDay), terminator: "")
            return
        }
        guard !checkIns.isEmpty else {
            print("No check-ins yet. Add one with: runramp checkin --back-pain none|mild|persistent")
            return
        }
        for checkIn in checkIns { print("\(checkIn.day)  \(Self.describe(checkIn))") }
        print(Self.describe(PainHistory.state(of: checkIns, today: todayDay), today: todayDay))
    }

    /// "mild", "persistent, numbness", "none, cleared".
    static func describe(_ checkIn: CheckIn) -> String { PainStateText.describe(checkIn) }

    /// One line on what the check-ins mean today.
    static func describe(_ state: PainState, today: CalendarDay) -> String { PainStateText.now(state, today: today) }
}
