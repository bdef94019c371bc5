public import GRDB
import Foundation

/// The training log: a SQLite database of runs and the source files they came from.
///
/// A `Sendable` value over a GRDB writer (a WAL `DatabasePool` on a file, a `DatabaseQueue` in
/// memory). Every write is one transaction, so a killed process leaves the log as it was after
/// the last completed batch.
public struct LogDatabase: Sendable {
    /// The GRDB connection; exposed for migrations added by other modules' tests, not for SQL elsewhere.
    public let writer: any DatabaseWriter

    /// Opens (creating if needed) the log at `path`, creating missing parent folders, and migrates it.
    public init(path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw LogError(.cannotCreateFolder(folder.path, String(describing: error)), path: path)
        }
        // Held until this initializer returns: opening and migrating happen as one step across processes.
        let lock = FileLock(path: path)
        defer { withExtendedLifetime(lock) {} }
        do {
            try self.init(writer: DatabasePool(path: path, configuration: Self.configuration()))
        } catch let error as LogError {
            throw error
        } catch {
            throw LogError(.cannotOpen(String(describing: error)), path: path)
        }
    }

    /// The database file (":memory:" for an in-memory log).
    public var path: String { writer.path }

    /// Wraps an existing writer and migrates it (tests use this with a `DatabaseQueue`).
    public init(writer: any DatabaseWriter) throws {
        self.writer = writer
        do {
            try LogMigrations.migrator.migrate(writer)
        } catch {
            throw LogError(.migrationFailed(String(describing: error)), path: writer.path)
        }
    }

    /// A fresh, empty log that lives in memory (for tests and previews).
    public static func inMemory() throws -> LogDatabase {
        try LogDatabase(writer: DatabaseQueue(configuration: configuration()))
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another runramp process (or a killed one's recovery) may hold the lock briefly.
        configuration.busyMode = .timeout(10)
        // In WAL mode, NORMAL still survives a killed process (SIGKILL, crash) with every committed
        // batch intact; only a power cut may lose the last batches, never corrupt the log. FULL
        // would fsync on every commit, which made imports several times slower here.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        return configuration
    }
}
