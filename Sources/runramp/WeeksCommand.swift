import ArgumentParser
import Foundation
import Render
import RunModel
import TrainingLog

/// `runramp weeks [--weeks 12] [--json]`: weekly running distance, run count and longest run, with bars.
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

    @OptionGroup var format: FormatOptions

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
        if format.isJSON {
            print(try JSONOutput.document(listing: summaries, under: "weeks", schema: .weeks), terminator: "")
            return
        }
        let longest = summaries.map(\.distanceMeters).max() ?? 0
        for week in summaries { print(Self.line(for: week, scale: longest, unit: unit)) }
    }

    static func line(for week: WeekSummary, scale: Double, unit: DistanceUnit) -> String {
        let width = 24
        let cells =
            scale > 0 ? min(width, max(0, Int(saturating: (Double(width) * week.distanceMeters / scale).rounded()))) : 0
        let bar = String(repeating: "█", count: cells) + String(repeating: " ", count: width - cells)
        let distance = String(format: "%6.1f %@", week.distanceMeters / unit.meters, unit.symbol)
        let runs = week.runCount == 1 ? "1 run " : "\(week.runCount) runs"
        let longest =
            week.runCount > 0
            ? "  longest " + Distance(meters: week.longestRunMeters).formatted(in: unit, decimals: 1) : ""
        return "\(week.start)  \(bar)  \(distance)  \(runs)\(longest)"
    }
}
