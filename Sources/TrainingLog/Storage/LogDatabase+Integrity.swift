import Foundation
import GRDB

extension LogDatabase {
    /// What SQLite's `PRAGMA integrity_check` finds wrong with the log file; empty when it is sound.
    ///
    /// Reads every page of the log, so it takes time in proportion to its size (about a second
    /// for a log of ten years of runs with their tracks).
    public func integrityProblems() throws -> [String] {
        let lines = try reading { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        return lines == ["ok"] ? [] : lines
    }

    /// Refuses a damaged log before a command writes to it: SQLite's `PRAGMA quick_check` walks
    /// every page of every table (not the indexes' agreement with them), and a log where it finds
    /// anything wrong, or that SQLite cannot even read, throws `LogError.Reason.damaged`.
    ///
    /// SQLite writes into a damaged file without noticing as long as the pages it touches look
    /// sound, so without this an import into a log with a damaged page succeeds and buries the
    /// damage under new runs. Reading the whole file costs about 1 s per 100 MB (docs/log.md); commands
    /// that only read skip it and leave out the rows they cannot use, as before.
    static func refuseDamaged(_ writer: any DatabaseWriter, path: String) throws {
        let lines: [String]
        let pageSize: Int
        do {
            (lines, pageSize) = try writer.read { db in
                (try String.fetchAll(db, sql: "PRAGMA quick_check"), try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0)
            }
        } catch {
            let error = LogError(error, path: path)
            // SQLite's own damage report, or anything else it says while walking a damaged file.
            if case .database = error.reason { throw LogError(.damaged, path: path) }
            throw error
        }
        if lines != ["ok"] { throw LogError(.damaged, path: path) }
        // A file cut inside its last page: SQLite reads the missing bytes as zeros, which inside a
        // track's overflow page no check can tell from data. A log file is whole pages.
        if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, pageSize > 0,
            size % pageSize != 0
        {
            throw LogError(.damaged, path: path)
        }
    }
}
