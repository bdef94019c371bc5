import ArgumentParser
import Foundation
import UseCases

/// `runramp add --date D --distance 5km --duration 31:20 [--sport treadmill] [--rpe N]`: logs a run without a file.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a run by hand (a treadmill run, a run without a watch)."
    )

    @Option(help: ArgumentHelp("The day, YYYY-MM-DD (optionally \"YYYY-MM-DD HH:MM\").", valueName: "date"))
    var date: String

    // Unconditional so that "--distance -5km" reaches the distance message instead of "missing value".
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Distance with a unit: 5km, 3.1mi, 800m (a bare number is km).", valueName: "distance"))
    var distance: String

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Duration: 31:20, 1:02:03, 45m or 1h05m (not a bare number).", valueName: "duration"))
    var duration: String

    @Option(
        help: ArgumentHelp("running, trail, treadmill, track, walking, cycling, swimming or other.", valueName: "sport")
    )
    var sport: String = "running"

    @Option(
        help: ArgumentHelp(
            "The day to take as today when refusing a run in the future (default: the system's).", valueName: "date"))
    var today: String?

    @Option(
        help: ArgumentHelp(
            "How hard the run felt, 1 (very easy) to 10 (maximal): its load, as it has no heart rate "
                + "(docs/run-figures.md).",
            valueName: "effort"))
    var rpe: Int?

    @Flag(help: "Add the run even if its pace is faster than 2:00 /km for running or its day is after today.")
    var force = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let request = AddRunUseCase.Request(
            date: date, distance: distance, duration: duration, sport: sport, rpe: rpe, force: force)
        let entry = try AddRunUseCase.entry(request, today: { try SharedOption.today(today) })
        let result = try AddRunUseCase.add(entry, rpe: rpe, log: try database.open(), now: Date())
        for line in result.lines { print(line) }
    }
}
