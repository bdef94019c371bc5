import ArgumentParser
import UseCases

/// `runramp exclude RUN_ID`: keeps a run in the log but stops counting it.
struct ExcludeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exclude",
        abstract: "Keep a run in the log but leave it out of plans and reviews (undo with `runramp include`)."
    )

    @OptionGroup var target: RunArgument
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let id = try RunCorrectionUseCase.setExcluded(true, runID: target.runID, log: try database.open())
        print("Excluded \(id): listed by `runramp runs`, not counted by plans")
    }
}
