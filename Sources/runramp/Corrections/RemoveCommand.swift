import ArgumentParser
import Foundation
import Render
import RunModel
import TrainingLog

/// `runramp remove RUN_ID`: deletes a run for good; its files stay skipped when imported again.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Delete a run from the log (a GPS glitch, a friend's run); importing its file again skips it."
    )

    @OptionGroup var target: RunArgument
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let log = try database.open()
        let id = try target.resolve(in: log)
        let summary = try log.run(id: id).map { RunsText.line(for: $0, unit: .kilometers) } ?? id
        try log.removeRun(id: id)
        print("Removed \(summary)")
    }
}
