import ArgumentParser
import Foundation
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
        let summary = try log.run(id: id).map { RunsCommand.line(for: $0, unit: .kilometers) } ?? id
        try log.removeRun(id: id)
        print("Removed \(summary)")
    }
}

/// `runramp exclude RUN_ID`: keeps a run in the log but stops counting it.
struct ExcludeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exclude",
        abstract: "Keep a run in the log but leave it out of plans and reviews (undo with `runramp include`)."
    )

    @OptionGroup var target: RunArgument
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let log = try database.open()
        let id = try target.resolve(in: log)
        try log.setRunExcluded(id: id, true)
        print("Excluded \(id): listed by `runramp runs`, not counted by plans")
    }
}

/// `runramp include RUN_ID`: counts an excluded run again.
struct IncludeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "include",
        abstract: "Count an excluded run again."
    )

    @OptionGroup var target: RunArgument
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let log = try database.open()
        let id = try target.resolve(in: log)
        try log.setRunExcluded(id: id, false)
        print("Included \(id): counted by plans again")
    }
}
