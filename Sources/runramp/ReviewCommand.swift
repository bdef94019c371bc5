import ArgumentParser
import Foundation
import Planner
import Render
import RunModel
import TrainingLog
import UseCases

/// `runramp review [--week DATE] [-f json | --json]`: how a week went against the plan stored for it.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract:
            "Compare a week's runs with the plan: done, missed and extra runs, distance, longest run against the cap.",
        discussion:
            "The plan reviewed is the last one `runramp plan` made before the week ended. See docs/weekly-loop.md."
    )

    @Option(help: ArgumentHelp("Any day of the week to review (YYYY-MM-DD); default: last week.", valueName: "date"))
    var week: String?

    @OptionGroup var today: TodayOption

    @OptionGroup var units: UnitOption

    @OptionGroup var format: FormatOptions

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        _ = try weekStart()
        _ = try units.unit()
    }

    /// The Monday of the week to review.
    func weekStart() throws -> CalendarDay {
        let todayDay = try today.day()
        guard let week else { return todayDay.monday.adding(days: -7) }
        return try SharedOption.day(week, option: "--week").monday
    }

    func run() throws {
        let todayDay = try today.day()
        let log = try database.open(.readOnly)
        let monday = try weekStart()
        let (review, skipped) = try LoopLog(log: log).review(
            weekStartingOn: monday, today: todayDay, units: try units.unit())
        skipped.forEach(StoredRuns.note(skipped:))
        if format.isJSON {
            print(try ReviewJSON.render(review), terminator: "")
        } else {
            print(ReviewMarkdown.section(review, heading: "Week"), terminator: "")
        }
    }
}
