import ArgumentParser

/// The `runramp` command: imports workout files into a training log and plans the next weeks.
@main
struct RunRamp: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runramp",
        abstract: "Import GPX/FIT/TCX workouts into a training log and plan a safe mileage ramp.",
        version: RunRampVersion.string,
        subcommands: [
            InspectCommand.self, ImportCommand.self, AddCommand.self, RunsCommand.self, WeeksCommand.self, PlanCommand.self,
            CheckInCommand.self, CheckInsCommand.self, ReviewCommand.self, RemoveCommand.self, EditCommand.self,
            ExcludeCommand.self, IncludeCommand.self,
        ]
    )
}

/// The version printed by `--version` and written into iCalendar PRODID.
enum RunRampVersion {
    static let string = "0.1.0"
}
