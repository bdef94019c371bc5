import ArgumentParser
import Planner
import RunModel
import UseCases

/// The options that shape a plan: when it starts, how long it runs, the days, the long run, the
/// weekly ceiling and the goal (docs/planning-rules.md).
struct PlanShapeOptions: ParsableArguments {
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

    /// The plan's options as of `today`, distances read in `unit` where they name none.
    func options(today: CalendarDay, unit: () throws -> DistanceUnit) throws -> PlanOptions {
        try PlanOptionsText(weeks: weeks, days: days, longRun: longRun, maxWeek: maxWeek, start: start)
            .options(today: today, unit: unit)
    }
}
