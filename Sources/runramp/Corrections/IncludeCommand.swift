import ArgumentParser

/// `runramp include RUN_ID`: counts an excluded run again.
struct IncludeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "include",
        abstract: "Count an excluded run again."
    )

    @OptionGroup var target: RunArgument
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let id = try ExcludeCommand.setExcluded(false, target: target, database: database)
        print("Included \(id): counted by plans again")
    }
}
