import ArgumentParser
import Foundation
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

    /// The log opened for writing, or nil when it cannot be written (a read-only file or folder:
    /// the caller reads it instead and says what was not remembered). A damaged log is no such
    /// case: it is refused in one line, as by every command that writes (docs/log.md).
    func openForWritingIfPossible() throws -> LogDatabase? {
        guard let path = try? path() else { return nil }
        do {
            return try LogDatabase(path: path, access: .readWrite)
        } catch let error as LogError where error.reason == .damaged {
            Terminal.printError("\(error)")
            throw ExitCode.failure
        } catch {
            return nil
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
        for skipped in skipped {
            Terminal.printError("runramp: note: \(TerminalText.oneLine(skipped.description)); skipped")
        }
        return runs
    }
}

extension LogDatabase {
    /// The old name of `runs(since:).noted()`, kept while branches that use it land.
    @available(*, deprecated, message: "use runs(since:).noted()")
    func usableRuns(since: Date? = nil) throws -> [Run] { try runs(since: since).noted() }

    /// The old name of `countedRuns(since:).noted()`, kept while branches that use it land.
    @available(*, deprecated, message: "use countedRuns(since:).noted()")
    func usableCountedRuns(since: Date? = nil) throws -> [Run] { try countedRuns(since: since).noted() }
}
