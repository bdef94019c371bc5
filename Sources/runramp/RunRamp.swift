import ArgumentParser
import Foundation
import UseCases

/// The `runramp` command: imports workout files into a training log and plans the next weeks.
@main
struct RunRamp: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runramp",
        abstract: "Import GPX/FIT/TCX workouts into a training log and plan a safe mileage ramp.",
        version: RunRampVersion.string,
        subcommands: [
            InspectCommand.self, ImportCommand.self, AddCommand.self, RunsCommand.self, WeeksCommand.self,
            TodayCommand.self,
            PlanCommand.self,
            CheckInCommand.self, CheckInsCommand.self, ReviewCommand.self, RemoveCommand.self, EditCommand.self,
            ExcludeCommand.self, IncludeCommand.self, WhyCommand.self, SettingsCommand.self,
        ]
    )

    /// As ArgumentParser's own `main`, except that its parsing errors (`--weeks abc`, an unknown
    /// option, a missing argument) are printed as one line with exit status 1, like every other
    /// bad value (`OptionError`), instead of the usage text and status 64. A failed write to stdout
    /// fails the command (`Terminal.exitIfStandardOutputFailed`).
    static func main() async {
        Terminal.prepareStandardStreams()
        // `--version` alone is answered before the arguments are parsed: parsing reflects over every command's
        // options, several times the cost of the answer (docs/benchmarks.md, "Start-up").
        if CommandLine.arguments.count == 2, CommandLine.arguments[1] == "--version" {
            print(RunRampVersion.string)
            Terminal.exitIfStandardOutputFailed()
            return
        }
        if let line = RawArguments.refusal(RawArguments.current()) {
            Terminal.printError(line)
            Foundation.exit(ExitCode.failure.rawValue)
        }
        if let (file, json) = InspectCommand.plainArguments(Array(CommandLine.arguments.dropFirst())) {
            do {
                try InspectCommand.inspect(file, json: json)
            } catch {
                Terminal.exitIfStandardOutputFailed()
                exit(withError: error)
            }
            Terminal.exitIfStandardOutputFailed()
            return
        }
        let commands = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        if let line = CommandSuggestion.line(for: Array(CommandLine.arguments.dropFirst()), commands: commands) {
            Terminal.printError(line)
            Foundation.exit(ExitCode.failure.rawValue)
        }
        do {
            var command = try await asyncParseAsRoot(nil)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            Terminal.exitIfStandardOutputFailed()
        } catch {
            Terminal.exitIfStandardOutputFailed()
            guard let line = UsageFailure.line(for: error) else { exit(withError: error) }
            Terminal.printError(line)
            Foundation.exit(ExitCode.failure.rawValue)
        }
    }
}
