public import Foundation
import GRDB
public import RunImport
public import RunModel

extension LogDatabase {
    // Two reads of the runs, one name each: `runs` is every usable run (what `runramp runs` lists);
    // `countedRuns` the runs that count (plans, reviews, weeks: `runs` without the excluded ones).
    // Both also return the stored rows they left out, so a caller can say so.

    /// Every usable run in the log, ordered by start: `runs(since: nil).runs`, for callers that
    /// report no skipped rows.
    public func allRuns(includeSamples: Bool = false) throws -> [Run] {
        try runs(since: nil, includeSamples: includeSamples).runs
    }

    /// The runs that started at or after `since` and before `before` (no bound when nil), ordered by
    /// start, and every stored row left out because it cannot be used (a damaged column, values no
    /// body or watch produces): one unusable row never stops the rest from being read.
    public func runs(since: Date?, before: Date? = nil, includeSamples: Bool = false) throws -> StoredRuns {
        var stored = StoredRuns(runs: [], skipped: [])
        try eachRun(since: since, before: before, includeSamples: includeSamples) {
            stored.runs.append($0)
        } skipped: {
            stored.skipped.append($0)
        }
        return stored
    }

    /// The rows of `runs(since:includeSamples:)` one at a time, in the same order, read from SQLite as `body`
    /// takes them: only the run in hand is held, so a listing of a million runs costs the memory of one.
    /// `skipped` gets each stored row that cannot be used. The read is one snapshot of the log.
    public func eachRun(
        since: Date?, before: Date? = nil, includeSamples: Bool = false, _ body: (Run) throws -> Void,
        skipped: (LogError) -> Void
    ) throws {
        let columns = RunRow.summaryColumns + (includeSamples ? ", samples" : "")
        let path = writer.path
        let window = Self.startWindow(since: since, before: before)
        // An error of `body` (stdout failed) is its own, never turned into a log error.
        var bodyError: (any Error)?
        try reading { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT \(columns) FROM run WHERE \(window.sql) ORDER BY startTime, id",
                arguments: window.arguments)
            while let row = try rows.next() {
                let run: Run
                do {
                    run = try RunRow.run(from: row, includeSamples: includeSamples, databasePath: path)
                } catch let error as LogError {
                    skipped(error)
                    continue
                }
                do {
                    try body(run)
                } catch {
                    bodyError = error
                    return
                }
            }
        }
        if let bodyError { throw bodyError }
    }

    /// Ids of the runs kept in the log but not counted, of those that started at or after `since` and
    /// before `before` (all when both are nil). Found through the index on the start, so a short window
    /// reads only its rows.
    public func excludedRunIDs(since: Date? = nil, before: Date? = nil) throws -> Set<String> {
        try reading { db in
            guard since != nil || before != nil else {
                return Set(try String.fetchAll(db, sql: "SELECT id FROM run WHERE isExcluded"))
            }
            let window = Self.startWindow(since: since, before: before)
            return Set(
                try String.fetchAll(
                    db, sql: "SELECT id FROM run WHERE \(window.sql) AND isExcluded", arguments: window.arguments))
        }
    }

    /// The condition on the start of the runs of a window, with its arguments: `startTime >= since`
    /// (every start when nil, as a number: a row whose start is not a number is never read) and
    /// `startTime < before` when given.
    private static func startWindow(since: Date?, before: Date?) -> (sql: String, arguments: StatementArguments) {
        let from = since?.timeIntervalSince1970 ?? -Double.infinity
        guard let before else { return ("startTime >= ?", [from]) }
        return ("startTime >= ? AND startTime < ?", [from, before.timeIntervalSince1970])
    }

    /// The length of the longest run id (0 for an empty log), from the ids' index alone.
    public func longestRunIDLength() throws -> Int {
        try reading { db in try Int.fetchOne(db, sql: "SELECT MAX(length(id)) FROM run") ?? 0 }
    }

    /// Whether no two run ids of the log share their first `length` characters. Compares each id
    /// with the next in the ids' own index order, in SQLite: no run is read or decoded.
    public func runIDsAreDistinct(inFirst length: Int) throws -> Bool {
        try reading { db in
            let shared = try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS (SELECT 1 FROM (
                        SELECT substr(id, 1, ?1) AS head, LAG(substr(id, 1, ?1)) OVER (ORDER BY id) AS before FROM run
                    ) WHERE head = before)
                    """,
                arguments: [length])
            return shared != true
        }
    }

    /// The runs that count (plans, reviews and week totals): every usable run that started at or after
    /// `since` and before `before` (no bound when nil) except the excluded ones, ordered by start, and
    /// the stored rows left out as unusable.
    public func countedRuns(since: Date?, before: Date? = nil) throws -> StoredRuns {
        let excluded = try excludedRunIDs(since: since, before: before)
        var stored = try runs(since: since, before: before)
        stored.runs.removeAll { excluded.contains($0.id) }
        return stored
    }

    /// The old name of `countedRuns(since: nil).runs`, kept while branches that use it land.
    @available(*, deprecated, message: "use countedRuns(since: nil).runs")
    public func countedRuns() throws -> [Run] { try countedRuns(since: nil).runs }

    /// One run with its samples, or nil; throws when its stored row cannot be used.
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
            try Row.fetchAll(
                db, sql: "SELECT contentHash, path, size, modifiedAt FROM sourceFile WHERE outcome != 'failed'"
            )
            .compactMap { row in
                // A damaged row only costs a re-read of that file: its hash is checked again on record.
                guard let path = try? row.decode(String.self, forColumn: "path"),
                    let hash = try? row.decode(String.self, forColumn: "contentHash")
                else { return nil }
                return KnownSourceFile(
                    path: path, contentHash: hash, size: (try? row.decode(Int64?.self, forColumn: "size")) ?? nil,
                    modifiedAt: ((try? row.decode(Double?.self, forColumn: "modifiedAt")) ?? nil)
                        .flatMap { PlausibleValues.startTime.contains($0) ? Date(timeIntervalSince1970: $0) : nil })
            }
        }
    }

    /// How many source files the log holds per outcome.
    public func sourceFileCounts() throws -> SourceFileCounts {
        try reading { db in
            var counts = SourceFileCounts()
            for row in try Row.fetchAll(db, sql: "SELECT outcome, COUNT(*) AS n FROM sourceFile GROUP BY outcome") {
                let n = try row.decode(Int.self, forColumn: "n")
                switch try row.decode(String.self, forColumn: "outcome") {
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
            ).compactMap { row in
                guard let hash = try? row.decode(String.self, forColumn: "contentHash"),
                    let runID = try? row.decode(String.self, forColumn: "runID")
                else { return nil }
                return (hash, runID)
            }
        }
    }

    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch {
            throw LogError(error, path: writer.path)
        }
    }
}

/// The runs a read of the log found, and the stored rows it left out because no run can have them.
public struct StoredRuns: Sendable {
    /// The usable runs, ordered by start.
    public var runs: [Run]
    /// One error per row left out (`corruptRow`, `corruptSamples`, `implausibleRow`), naming the run.
    public var skipped: [LogError]
}
