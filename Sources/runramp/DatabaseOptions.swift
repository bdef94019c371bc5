import ArgumentParser
import Foundation
import TrainingLog

/// The `--db FILE` option shared by every command that reads or writes the training log.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The training log (SQLite).",
            discussion: "Default: $RUNRAMP_DB, else $XDG_DATA_HOME/runramp/log.sqlite, else ~/.local/share/runramp/log.sqlite.",
            valueName: "file"))
    var db: String?

    /// The resolved path of the log.
    var path: String { LogLocation.resolve(explicit: db, environment: ProcessInfo.processInfo.environment) }

    /// Opens (creating if needed) the log; a failure is printed as one line and exits non-zero.
    func open() throws -> LogDatabase {
        do {
            return try LogDatabase(path: path)
        } catch {
            Terminal.printError("\(error)")
            throw ExitCode.failure
        }
    }
}
