import ArgumentParser
import UseCases

/// `runramp include RUN_ID`: counts an excluded run again.
struct IncludeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "include",
        abstract: "Count an excluded run again."
    )

    @OptionGroup var target: RunArgument
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let id = try RunCorrectionUseCase.setExcluded(false, runID: target.runID, log: try database.open())
        print("Included \(id): counted by plans again")
    }
}
