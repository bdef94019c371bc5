import ArgumentParser
import TrainingLog

/// `runramp exclude RUN_ID`: keeps a run in the log but stops counting it.
struct ExcludeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exclude",
        abstract: "Keep a run in the log but leave it out of plans and reviews (undo with `runramp include`)."
    )

    @OptionGroup var target: RunArgument
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let id = try Self.setExcluded(true, target: target, database: database)
        print("Excluded \(id): listed by `runramp runs`, not counted by plans")
    }

    /// Marks the run `target` names as excluded or counted; returns its full id.
    static func setExcluded(_ isExcluded: Bool, target: RunArgument, database: DatabaseOptions) throws -> String {
        let log = try database.open()
        let id = try target.resolve(in: log)
        try log.setRunExcluded(id: id, isExcluded)
        return id
    }
}
