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
        _ = try planOptions()
        _ = try goalChoice(unit: try units.unit())
    }

    /// The request of the command line (the log's path resolved, stdout's kind asked).
    func request() throws -> PlanUseCase.Request {
        let (todayDay, options) = try planOptions()
        return PlanUseCase.Request(
            today: todayDay, options: options, checkIn: checkIn.isGiven ? try checkIn.checkIn(on: todayDay) : nil,
            goal: try goalChoice(unit: try units.unit()), dryRun: dryRun, inputs: paths, output: destination.output,
            format: format.format, asksJSON: format.isJSON,
            calendar: calendar.settings, workoutsFolder: workoutsFolder, logPath: try database.path(),
            standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1)
    }

    /// `--goal`: none given keeps the stored goal; `none` drops it; a distance sets it.
    func goalChoice(unit: DistanceUnit) throws -> GoalChoice {
        guard let goal else { return .keep }
        if ["none", "off"].contains(goal.lowercased()) { return .clear }
        guard let distance = Distance(parsing: goal, defaultUnit: unit), distance.meters > 0 else {
            throw OptionError("--goal \(goal): expected a weekly distance such as 35km or 20mi, or none")
        }
        return .set(meters: distance.meters)
    }

    /// Today and the plan options from the command line, or a OptionError naming the bad option.
    func planOptions() throws -> (CalendarDay, PlanOptions) {
        let todayDay = try today.day()
        guard PlanOptions.weekRange.contains(weeks) else { throw OptionError("--weeks \(weeks): expected 1 to 12") }
        let unit = try units.unit()
        guard let longRunDay = Weekday(parsing: longRun) else {
            throw OptionError("--long-run \(longRun): expected a weekday such as sun")
        }
        var weekdays = Set(Weekday.allCases)
        if let days {
            weekdays = []
            for name in days.split(separator: ",", omittingEmptySubsequences: true) {
                guard let day = Weekday(parsing: String(name)) else {
                    throw OptionError("--days: \(name) is not a weekday (use mon,tue,wed,thu,fri,sat,sun)")
                }
                weekdays.insert(day)
            }
            guard !weekdays.isEmpty else { throw OptionError("--days: name at least one weekday") }
        }
        var ceiling: Double?
        if let maxWeek {
            guard let distance = Distance(parsing: maxWeek, defaultUnit: unit), distance.meters > 0 else {
                throw OptionError("--max-week \(maxWeek): expected a distance such as 40km or 25mi")
            }
            ceiling = distance.meters
        }
        var startDay: CalendarDay?
        if let start {
            let day = try SharedOption.day(start, option: "--start")
            guard day >= todayDay else { throw OptionError("--start \(start): must not be before today (\(todayDay))") }
            startDay = day
        }
        // Today and the start lie in 1900–2099 (`SharedOption.day`), so the plan's last day has the
        // four-digit year calendars (and RFC 5545 dates) need.
        _ = try checkIn.checkIn(on: todayDay)
        let options = PlanOptions(
            weekdays: weekdays, longRunDay: longRunDay, weeklyCeilingMeters: ceiling, units: unit, weeks: weeks,
            start: startDay)
        return (todayDay, options)
    }
}
