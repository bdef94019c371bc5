import ArgumentParser
import Foundation
import UseCases

/// `runramp edit RUN_ID [--sport S] [--distance D] [--duration T] [--date D]`: corrects a run.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Correct a run: its sport, distance, moving time or day.",
        discussion: "Importing the run's file again keeps the correction. A new day keeps the run's time of day."
    )

    @OptionGroup var target: RunArgument

    @Option(
        help: ArgumentHelp("running, trail, treadmill, track, walking, cycling, swimming or other.", valueName: "sport")
    )
    var sport: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Distance with a unit: 5km, 3.1mi, 800m (a bare number is km).", valueName: "distance"))
    var distance: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Moving time: 31:20, 1:02:03, 45m or 1h05m (not a bare number).", valueName: "duration"))
    var duration: String?

    @Option(help: ArgumentHelp("The day the run was on, YYYY-MM-DD.", valueName: "date"))
    var date: String?

    @OptionGroup var database: DatabaseOptions

    var request: RunCorrectionUseCase.EditRequest {
        .init(sport: sport, distance: distance, duration: duration, date: date)
    }

    func validate() throws {
        _ = try RunCorrectionUseCase.fields(request)
    }

    func run() throws {
        let fields = try RunCorrectionUseCase.fields(request)
        let log = try database.open()
        if let line = try RunCorrectionUseCase.edit(target.runID, fields, log: log, now: Date()) {
            print("Edited \(line)")
        }
    }
}
