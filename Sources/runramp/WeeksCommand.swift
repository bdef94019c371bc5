import ArgumentParser
import Foundation
import Render
import RunModel
import TrainingLog

/// `runramp weeks [--weeks 12] [--json | --format csv]`: weekly running distance, run count and longest run, with bars.
struct WeeksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weeks",
        abstract: "Weekly running distance, number of runs and longest run (Monday to Sunday), with a bar per week."
    )

    // Unconditional so that "--weeks -3" reaches the range message instead of "missing value".
    @Option(parsing: .unconditional, help: "How many weeks, ending with the current one.")
    var weeks: Int = 12

    @OptionGroup var today: TodayOption

    @OptionGroup var units: UnitOption

    @OptionGroup var format: TableFormatOptions

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard (1...520).contains(weeks) else { throw OptionError("--weeks \(weeks): expected 1 to 520") }
    }

    func run() throws {
        let unit = try units.unit()
        let todayDay = try today.day()
        let log = try database.open(.readOnly)
        let since = todayDay.adding(days: -7 * weeks - 7).startDate
        let summaries = WeekSummary.weeks(
            of: try log.countedRuns(since: since).noted(), endingWith: todayDay, count: weeks)
        switch format.kind {
        case .json:
            print(try JSONOutput.document(listing: summaries, under: "weeks", schema: .weeks), terminator: "")
            return
        case .csv:
            print(WeeksCSV.render(summaries, today: todayDay), terminator: "")
            return
        case .text: break
        }
        print(WeeksText.render(summaries, today: todayDay, unit: unit), terminator: "")
    }
}
