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

    @OptionGroup var shape: PlanShapeOptions

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
        let options = try shape.options(today: todayDay, unit: { try units.unit() })
        let answer = try checkIn.checkIn(on: todayDay)
        let plan = PlanRequest(
            today: todayDay, options: options, checkIn: checkIn.isGiven ? answer : nil, dryRun: dryRun,
            goal: try PlanOptionsText.goalChoice(shape.goal, unit: options.units))
        return PlanUseCase.Request(
            plan, inputs: paths, output: destination.output, format: format.format, asksJSON: format.isJSON,
            calendar: calendar.settings, workoutsFolder: workoutsFolder,
            logPath: resolvingLog ? try database.path() : "", standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1)
    }
}
