import FilePaths
import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The training log: a SQLite database of runs and the source files they came from.
///
/// A `Sendable` value over a GRDB connection: a WAL `DatabasePool` for commands that write, one
/// read-only connection for commands that only read, a `DatabaseQueue` in memory for tests.
/// Every write is one transaction, so a killed process leaves the log as it was after the last
/// completed batch. The guarantees and their limits are in docs/log.md.
public struct LogDatabase: Sendable {
    /// How a command uses the log.
    public enum Access: Sendable, Hashable {
        /// Creates the log (and its folder) when missing and upgrades an older schema.
        case readWrite
        /// Opens the log read-only and writes nothing: a missing log reads as empty, and only an
        /// older schema is upgraded first (which does write). Works on a read-only file or folder.
        case readOnly
    }

    /// The GRDB connection. GRDB stays inside this module: other modules use the methods of
    /// `LogDatabase`; TrainingLog's own tests reach it with `@testable import`.
    let writer: any DatabaseWriter

    /// Opens the log at `path` for `access` and makes sure its schema is this runramp's: a missing
    /// schema step is added (in one transaction), a log written by a newer runramp is refused
    /// (`LogError.Reason.newerLog`) before anything is written, and so is a damaged log opened for
    /// writing (`LogError.Reason.damaged`, found by `PRAGMA quick_check`).
    public init(path: String, access: Access = .readWrite) throws {
        // A folder, a device or a FIFO: SQLite would fail on it with a raw error, or (as root, on
        // /dev/null) create a journal beside a device. Found with `stat`: nothing is opened.
        if let kind = FileKind(following: path), kind != .regular { throw LogError(.notARegularFile(kind), path: path) }
        if FileManager.default.fileExists(atPath: path) {
            // Read-only first, whatever the access: a newer log is refused before anything writes to
            // it (opening a WAL pool for writing already writes). SQLite itself keeps two connections
            // of one process from dropping each other's locks, unlike a plain open and close.
            // A log opened for writing is checked for damage here too, while nothing can have
            // written to it yet (GRDB's first WAL connection writes to the schema table).
            let readOnly = try Self.openReadOnly(path: path, refusingDamage: access == .readWrite)
            if access == .readOnly, let readOnly {
                self = readOnly
                return
            }
        } else if access == .readOnly {
            self = try Self.inMemory()
            return
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw LogError(.cannotCreateFolder(folder: folder.path, message: String(describing: error)), path: path)
        }
        let pool: DatabasePool
        do {
            pool = try Self.openPool(path: path)
        } catch {
            throw LogError(opening: error, path: path)
        }
        try self.init(writer: pool)
    }

    /// The WAL pool at `path`. Switching a new log to WAL needs SQLite's exclusive lock, and when two
    /// commands open a new log at once SQLite refuses one of them at once (SQLITE_BUSY without
    /// waiting: each holds the shared lock the other needs gone), so that open is retried for up to
    /// the same 10 s the busy timeout gives every other lock.
    private static func openPool(path: String) throws -> DatabasePool {
        let deadline = Date().addingTimeInterval(10)
        var pause: UInt32 = 2_000
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration())
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                usleep(pause + UInt32.random(in: 0...pause))
                pause = min(pause * 2, 100_000)
            }
        }
    }

    /// The database file (":memory:" for an in-memory log).
    public var path: String { writer.path }

    /// Wraps an existing writer and brings its schema up to date (tests use this with a `DatabaseQueue`).
    init(writer: any DatabaseWriter) throws {
        self.writer = writer
        do {
            try LogSchema.prepare(writer)
        } catch let error as LogError {
            throw error
        } catch {
            throw LogError(upgrading: error, path: writer.path)
        }
    }

    private init(readOnlyWriter: any DatabaseWriter) {
        writer = readOnlyWriter
    }

    /// A fresh, empty log that lives in memory (for tests and previews).
    public static func inMemory() throws -> LogDatabase {
        try LogDatabase(writer: DatabaseQueue(configuration: configuration()))
    }

    /// The existing log at `path` opened read-only when its schema is current; nil when the schema
    /// needs an upgrade (the caller then opens it for writing); throws `newerLog` for a newer log,
    /// and `damaged` for a damaged one when `refusingDamage`.
    private static func openReadOnly(path: String, refusingDamage: Bool) throws -> LogDatabase? {
        var configuration = configuration()
        configuration.readonly = true
        func open(_ name: String) throws -> LogDatabase? {
            let queue = try DatabaseQueue(path: name, configuration: configuration)
            let state = try queue.read { db in try LogSchema.checkedState(db, path: path) }
            if refusingDamage { try refuseDamaged(queue, path: path) }
            return state == .current ? LogDatabase(readOnlyWriter: queue) : nil
        }
        do {
            return try open(path)
        } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) {
            // A read-only folder where SQLite cannot create the -shm file a WAL log needs: no
            // process can write the log there either, so it is read as an immutable file.
            guard let immutable = immutableURI(path) else { throw LogError(opening: error, path: path) }
            do { return try open(immutable) } catch { throw LogError(opening: error, path: path) }
        } catch let error as LogError {
            throw error
        } catch {
            throw LogError(opening: error, path: path)
        }
    }

    /// `file:PATH?immutable=1` (SQLite's URI filename, understood where SQLite is built with URIs, as on Debian).
    private static func immutableURI(_ path: String) -> String? {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return absolute.addingPercentEncoding(withAllowedCharacters: allowed).map { "file:\($0)?immutable=1" }
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another runramp process (or a killed one's recovery) may hold the lock briefly; an import
        // holds it for one batch at a time.
        configuration.busyMode = .timeout(10)
        // In WAL mode, NORMAL still survives a killed process (SIGKILL, crash) with every committed
        // batch intact; only a power cut may lose the last batches, never corrupt the log. FULL
        // would fsync on every commit, which made imports several times slower here.
        configuration.prepareDatabase { db in
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        return configuration
    }
}
