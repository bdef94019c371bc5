public import FilePaths
import GRDB
public import RunModel

/// An error opening, migrating, reading or writing the training log, with the database path.
public struct LogError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Hashable {
        /// The log's folder could not be created; the system's message.
        case cannotCreateFolder(folder: String, message: String)
        /// SQLite's message.
        case cannotOpen(String)
        /// SQLite's message.
        case migrationFailed(String)
        /// After an upgrade, a row of `table` names a row that does not exist (`PRAGMA foreign_key_check`).
        case brokenForeignKey(table: String)
        /// Written by a newer runramp: schema steps this one does not know, or a higher `user_version`.
        case newerLog(unknownMigrations: [String], userVersion: Int)
        /// SQLite could not write (SQLITE_FULL): the transaction was rolled back.
        case diskFull
        /// The file or its folder cannot be written (SQLITE_READONLY, SQLITE_CANTOPEN on a write);
        /// SQLite's message, when it gave one.
        case readOnly(String?)
        case corruptSamples(runID: String, byteOffset: Int)
        /// A stored row with a value this version cannot read in `column`.
        case corruptRow(LogRow, column: String)
        /// A stored run whose values no body or watch produces (see RunModel's PlausibleValues).
        case implausibleRow(runID: String, ImplausibleValue)
        /// SQLite's message.
        case database(String)
        /// `--db` names something that is not a training log: a folder, a device, a FIFO.
        case notARegularFile(FileKind)
        /// `--db` names a file that is not SQLite (a GPX file).
        case notSQLite
        /// The disk failed or is full (SQLITE_IOERR).
        case diskFailed
        /// The log stayed locked (SQLITE_BUSY): another command is writing it, or its file system
        /// has no working locks (a network share).
        case locked
        /// SQLite found the file damaged (SQLITE_CORRUPT).
        case damaged
    }

    public var reason: Reason
    /// The database file (":memory:" for an in-memory log).
    public var path: String

    public init(_ reason: Reason, path: String) {
        self.reason = reason
        self.path = path
    }

    /// An error of SQLite while opening the log, by what it means for the runner.
    init(opening error: any Error, path: String) {
        self.init(Self.reason(for: error) ?? .cannotOpen(String(describing: error)), path: path)
    }

    /// An error of SQLite while upgrading the log's schema.
    init(upgrading error: any Error, path: String) {
        self.init(Self.reason(for: error) ?? .migrationFailed(String(describing: error)), path: path)
    }

    /// Any error thrown while reading or writing: a `LogError` as it is, SQLite's by what it means.
    init(_ error: any Error, path: String) {
        if let error = error as? LogError {
            self = error
        } else {
            self.init(Self.reason(for: error) ?? .database(String(describing: error)), path: path)
        }
    }

    private static func reason(for error: any Error) -> Reason? {
        guard let error = error as? DatabaseError else { return nil }
        switch error.resultCode {
        case .SQLITE_FULL: return .diskFull
        case .SQLITE_NOTADB: return .notSQLite
        case .SQLITE_IOERR: return .diskFailed
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked
        case .SQLITE_CORRUPT: return .damaged
        case .SQLITE_READONLY: return .readOnly(error.message)
        default: return nil
        }
    }

    /// What `--db` at something else is told, after what it is.
    private static let notALog = "not a training log; give --db the log's file (or a new file name)"

    public var description: String {
        switch reason {
        case .cannotCreateFolder(let folder, let message):
            "\(path): cannot create the folder \(folder): \(message)"
        case .cannotOpen(let message):
            "\(path): cannot open the training log: \(message)"
        case .migrationFailed(let message):
            "\(path): cannot upgrade the training log: \(message)"
        case .brokenForeignKey(let table):
            "\(path): cannot upgrade the training log: a foreign key of table \(table) does not hold after the upgrade"
        case .newerLog(let unknown, let version):
            "\(path): this training log was written by a newer runramp (\(unknown.isEmpty ? "schema version \(version)" : "schema step \(unknown.joined(separator: ", "))")); "
                + "update runramp to use it (nothing was changed)"
        case .diskFull:
            "\(path): the disk is full: nothing of this batch was written (the log holds everything saved before it); free some space and run the command again"
        case .readOnly(let message):
            "\(path): cannot write the training log (\(message ?? "read-only")): the file or its folder is read-only"
        case .corruptSamples(let runID, let offset):
            "\(path): run \(runID): sample data damaged at byte \(offset)"
        case .corruptRow(let row, let column):
            "\(path): \(row): column \(column) holds an unexpected value"
        case .implausibleRow(let runID, let problem):
            "\(path): run \(runID): \(problem)"
        case .database(let message):
            "\(path): \(message)"
        case .notARegularFile(let kind):
            "\(path): that is \(kind), \(Self.notALog)"
        case .notSQLite:
            "\(path): that is not a SQLite file, \(Self.notALog)"
        case .diskFailed:
            "\(path): the disk failed or is full (I/O error); the log holds everything saved before; free some space or check the disk and run the command again"
        case .locked:
            "\(path): the training log stayed locked for 10 s: another runramp is writing it, or it is on a file system without working locks (the log needs a local file system)"
        case .damaged:
            "\(path): the training log is damaged (SQLite found a malformed page); restore it from a backup"
        }
    }
}
