import ArgumentParser
import Foundation
import PrintableText
import RunModel
import TrainingLog

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `--db FILE` option shared by every command that reads or writes the training log.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The training log (SQLite).",
            discussion:
                "Default: $RUNRAMP_DB, else $XDG_DATA_HOME/runramp/log.sqlite, else ~/.local/share/runramp/log.sqlite "
                + "(~ is $HOME, else the home folder of your user account). Its guarantees: docs/log.md.",
            valueName: "file"))
    var db: String?

    /// The resolved path of the log; a one-line failure when there is no home folder to put it in.
    func path() throws -> String {
        // An empty --db (a variable that was not set) must not fall back to the real log.
        if db?.isEmpty == true {
            Terminal.printError("runramp: --db \"\": the path is empty; give the training log's file")
            throw ExitCode.failure
        }
        let environment = ProcessInfo.processInfo.environment
        guard
            let path = LogLocation.resolve(
                explicit: db, environment: environment, homeDirectory: Self.userHomeDirectory())
        else {
            Terminal.printError(
                "runramp: cannot tell where the training log is: HOME is not set and user \(getuid()) has no home directory; "
                    + "give --db FILE or set RUNRAMP_DB")
            throw ExitCode.failure
        }
        return path
    }

    /// Opens the log for `access` (creating it only for writing); a failure is printed as one line
    /// and exits non-zero.
    func open(_ access: LogDatabase.Access = .readWrite) throws -> LogDatabase {
        let path = try path()
        do {
            return try LogDatabase(path: path, access: access)
        } catch {
            Terminal.printError("\(error)")
            throw ExitCode.failure
        }
    }

    /// The user's home folder from the user database (getpwuid), for when HOME is unset.
    static func userHomeDirectory() -> String? {
        guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
        let home = String(cString: directory)
        return home.hasPrefix("/") ? home : nil
    }
}

extension StoredRuns {
    /// The runs, after naming every stored row that could not be used in one note on stderr, so
    /// one damaged row never stops a command: `try log.countedRuns(since: nil).noted()`.
    func noted() -> [Run] {
        for skipped in skipped { Self.note(skipped: skipped) }
        return runs
    }

    /// The one note on stderr for a stored row left out: "runramp: note: LOG: run ID: …; skipped".
    static func note(skipped row: LogError) {
        Terminal.printError("runramp: note: \(TerminalText.oneLine(row.description)); skipped")
    }
}
