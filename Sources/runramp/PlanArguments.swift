import ArgumentParser
import Foundation
import Planner
import RunModel
import UseCases

/// The options of `runramp plan`, checked and turned into the use case's request.
struct PlanArguments: ParsableArguments {
    @Argument(help: ArgumentHelp("Files or folders to import first (as `runramp import`).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var today: TodayOption

    @Option(
        help: ArgumentHelp(
            "Start on this day (YYYY-MM-DD) instead of today: the rest of its week first, then whole weeks from the next Monday. More than 10 days without running by then makes it a return plan.",
            valueName: "date"))
    var start: String?

    @Option(help: "Number of weeks to plan, 1 to 12.")
    var weeks: Int = 4

    @Option(help: ArgumentHelp("Days you can run, e.g. mon,tue,thu,sat,sun (default: every day).", valueName: "days"))
    var days: String?

    @Option(name: .customLong("long-run"), help: ArgumentHelp("Long-run day, e.g. sun.", valueName: "day"))
    var longRun: String = "sun"

    // Unconditional so that "--max-week -5km" reaches the validation message instead of "missing value".
    @Option(
        name: .customLong("max-week"), parsing: .unconditional,
        help: ArgumentHelp(
            "Weekly ceiling, e.g. 40km or 25mi; a bare number is read in --units.", valueName: "distance"))
    var maxWeek: String?

    @Option(
        name: .customLong("goal"), parsing: .unconditional,
        help: ArgumentHelp(
            "Weekly distance to ramp to and then hold, every fourth week lighter, e.g. 35km; remembered for later "
                + "plans until changed (`--goal none` drops it).", valueName: "distance"))
    var goal: String?

    @OptionGroup var units: UnitOption

    @Flag(
        name: .customLong("dry-run"),
        help: "Make the plan without remembering it: the next review and the next plan do not see it.")
    var dryRun = false

    @OptionGroup(title: "Back check-in") var checkIn: CheckInArguments

    @OptionGroup var destination: OutputFileOptions

    @OptionGroup var format: FormatOptions

    @OptionGroup var verbosity: QuietOptions

    @OptionGroup var database: DatabaseOptions

    @OptionGroup(title: "Calendar export") var calendar: CalendarExportOptions

    @Option(
        name: .customLong("workouts"),
        help: ArgumentHelp(
            "Write each planned run as a FIT workout file for a watch into this folder, with index.md "
                + "(docs/workouts.md).", valueName: "folder"))
    var workoutsFolder: String?

    func validate() throws {
        _ = try request(resolvingLog: false)
    }

    /// The request of the command line (stdout's kind asked; the log's path resolved unless only
    /// validating), or a refusal naming the first bad option. Today and the start lie in 1900–2099
    /// (`RunEntryRefusal.day`), so the plan's last day has the four-digit year calendars need.
    func request(resolvingLog: Bool = true) throws -> PlanUseCase.Request {
        let todayDay = try today.day()
        let text = PlanOptionsText(weeks: weeks, days: days, longRun: longRun, maxWeek: maxWeek, start: start)
        let options = try text.options(today: todayDay, unit: { try units.unit() })
        let answer = try checkIn.checkIn(on: todayDay)
        return PlanUseCase.Request(
            today: todayDay, options: options, checkIn: checkIn.isGiven ? answer : nil,
            goal: try PlanOptionsText.goalChoice(goal, unit: options.units), dryRun: dryRun, inputs: paths,
            output: destination.output, format: format.format, asksJSON: format.isJSON, calendar: calendar.settings,
            workoutsFolder: workoutsFolder, logPath: resolvingLog ? try database.path() : "",
            standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1)
    }
}
