import ArgumentParser
import RunModel

/// `--today DATE`: the day a command takes as today (tests and "what if" plans), else the system's.
struct TodayOption: ParsableArguments {
    @Option(help: ArgumentHelp("Treat this day as today (YYYY-MM-DD); default: today.", valueName: "date"))
    var today: String?

    /// The day named, or the system's today; a bad date is one line (`SharedOption.today`).
    func day() throws -> CalendarDay { try SharedOption.today(today) }
}

/// `--units km|mi`: the unit distances are shown in.
struct UnitOption: ParsableArguments {
    @Option(help: ArgumentHelp("km or mi.", valueName: "unit"))
    var units: String = "km"

    /// The unit named; a bad one is one line (`SharedOption.unit`).
    func unit() throws -> DistanceUnit { try SharedOption.unit(units) }
}
