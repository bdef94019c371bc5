import ArgumentParser
import Foundation
import UseCases

/// `runramp remove RUN_ID`: deletes a run for good; its files stay skipped when imported again.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Delete a run from the log (a GPS glitch, a friend's run); importing its file again skips it."
    )

    @OptionGroup var target: RunArgument
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let summary = try RunCorrectionUseCase.remove(target.runID, log: try database.open(), now: Date())
        print("Removed \(summary)")
    }
}
