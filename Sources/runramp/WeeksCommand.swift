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
        let longest = summaries.map(\.distanceMeters).max() ?? 0
        print(Self.header)
        for week in summaries {
            let current = week.start == todayDay.monday ? "  (this week so far)" : ""
            print(Self.line(for: week, scale: longest, unit: unit) + current)
        }
    }

    /// The column names above the weeks, aligned with `line(for:scale:unit:)`.
    static let header = [
        RunsCommand.pad("week of", 10), String(repeating: " ", count: TextBarChart.width),
        RunsCommand.pad("distance", 9, left: true), RunsCommand.pad("runs", 6), "longest",
    ].joined(separator: "  ")

    static func line(for week: WeekSummary, scale: Double, unit: DistanceUnit) -> String {
        let bar = TextBarChart.bar(week.distanceMeters, scale: scale)
        let distance = RunsCommand.pad(
            Distance(meters: week.distanceMeters).formatted(in: unit, decimals: 1), 9, left: true)
        let runs = week.runCount == 1 ? "1 run " : "\(week.runCount) runs"
        let longest =
            week.runCount > 0
            ? "  longest " + Distance(meters: week.longestRunMeters).formatted(in: unit, decimals: 1) : ""
        return "\(week.start)  \(bar)  \(distance)  \(runs)\(longest)"
    }
}
