public import Foundation
import GRDB
public import RunModel

extension LogDatabase {
    /// Every run in the log, ordered by start.
    public func allRuns(includeSamples: Bool = false) throws -> [Run] {
        try runs(since: nil, includeSamples: includeSamples)
    }

    /// The runs that started at or after `since` (all when nil), ordered by start.
    public func runs(since: Date?, includeSamples: Bool = false) throws -> [Run] {
        let columns = RunRow.summaryColumns + (includeSamples ? ", samples" : "")
        let path = writer.path
        return try reading { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT \(columns) FROM run WHERE startTime >= ? ORDER BY startTime, id",
                arguments: [since?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude])
            return try rows.map { try RunRow.run(from: $0, includeSamples: includeSamples, databasePath: path) }
        }
    }

    /// One run with its samples, or nil.
    public func run(id: String) throws -> Run? {
        let path = writer.path
        return try reading { db in
            try Row.fetchOne(db, sql: "SELECT \(RunRow.summaryColumns), samples FROM run WHERE id = ?", arguments: [id])
                .map { try RunRow.run(from: $0, includeSamples: true, databasePath: path) }
        }
    }

    /// Source files already recorded (failed ones excluded: they are retried on each import).
    public func knownSourceFiles() throws -> [KnownSourceFile] {
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT contentHash, path, size, modifiedAt FROM sourceFile WHERE outcome != 'failed'")
                .map { row in
                    KnownSourceFile(
                        path: row["path"], contentHash: row["contentHash"], size: row["size"],
                        modifiedAt: (row["modifiedAt"] as Double?).map { Date(timeIntervalSince1970: $0) })
                }
        }
    }

    /// How many source files the log holds per outcome.
    public func sourceFileCounts() throws -> SourceFileCounts {
        try reading { db in
            var counts = SourceFileCounts()
            for row in try Row.fetchAll(db, sql: "SELECT outcome, COUNT(*) AS n FROM sourceFile GROUP BY outcome") {
                let n: Int = row["n"]
                switch row["outcome"] as String {
                case "imported": counts.imported = n
                case "duplicate": counts.duplicate = n
                case "notActivity": counts.notActivity = n
                default: counts.failed = n
                }
            }
            return counts
        }
    }

    /// For each duplicate source file, the id of the run it is linked to.
    public func duplicateLinks() throws -> [(contentHash: String, runID: String)] {
        try reading { db in
            try Row.fetchAll(
                db, sql: "SELECT contentHash, runID FROM sourceFile WHERE outcome = 'duplicate' AND runID IS NOT NULL"
            ).map { ($0["contentHash"], $0["runID"]) }
        }
    }

    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch let error as LogError {
            throw error
        } catch {
            throw LogError(.database(String(describing: error)), path: writer.path)
        }
    }
}
