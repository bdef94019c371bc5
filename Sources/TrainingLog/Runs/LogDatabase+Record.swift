public import Foundation
import GRDB
public import RunImport
public import RunModel

extension LogDatabase {
    /// Records a batch of read files in ONE transaction, deduplicating runs against the log and
    /// against each other; returns what became of each file, in order.
    ///
    /// A file whose hash is already recorded is left alone (`alreadyKnown`), which makes re-running
    /// an interrupted import safe. A run that matches a stored run (`ActivityMatch`) is stored once:
    /// the richer recording is kept and the other file is linked to it.
    public func record(_ files: [IncomingFile], now: Date = Date()) throws -> [RecordOutcome] {
        guard !files.isEmpty else { return [] }
        let path = writer.path
        do {
            return try writer.write { db in
                try files.map { try record($0, in: db, now: now, databasePath: path) }
            }
        } catch {
            throw LogError(error, path: path)
        }
    }

    /// As `record(_:now:)`, without holding a thread of the concurrency pool while SQLite writes
    /// and syncs: GRDB runs the transaction on its own writer queue, so decoding goes on meanwhile.
    public func record(_ files: [IncomingFile], now: Date = Date()) async throws -> [RecordOutcome] {
        guard !files.isEmpty else { return [] }
        let path = writer.path
        do {
            return try await writer.write { db in
                try files.map { try record($0, in: db, now: now, databasePath: path) }
            }
        } catch {
            throw LogError(error, path: path)
        }
    }

    private func record(_ file: IncomingFile, in db: Database, now: Date, databasePath: String) throws -> RecordOutcome
    {
        let existing = try String.fetchOne(
            db, sql: "SELECT outcome FROM sourceFile WHERE contentHash = ?", arguments: [file.contentHash])
        if let existing, existing != "failed" { return .alreadyKnown }
        if existing == "failed" {
            try db.execute(sql: "DELETE FROM sourceFile WHERE contentHash = ?", arguments: [file.contentHash])
        }
        switch file.content {
        case .notActivity(let reason):
            try insertSourceFile(
                file, outcome: "notActivity", runID: nil, detail: reason.description, in: db, now: now)
            return .notActivity(reason: reason)
        case .failed(let problem):
            try insertSourceFile(file, outcome: "failed", runID: nil, detail: problem.description, in: db, now: now)
            return .failed(problem)
        case .run(let incoming):
            // Every way into the log passes here: a run no body or watch produces is never stored.
            var run: Run
            switch PlausibleValues.check(incoming) {
            case .implausible(let problem):
                try insertSourceFile(file, outcome: "failed", runID: nil, detail: problem.description, in: db, now: now)
                return .failed(problem)
            case .plausible(let checked, _):
                run = checked
            }
            // Ids come from content hashes; should two differ only beyond the prefix, keep both.
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM run WHERE id = ?)", arguments: [run.id]) == true
            {
                run.id = incoming.id + "-" + String(file.contentHash.prefix(8))
            }
            if let match = try matchingRun(for: run, in: db) {
                guard run.richness > match.richness else {
                    if let settings = run.watchHeartRate {
                        try RunRow.keepWatchSettings(settings, for: match.id, in: db)
                    }
                    try insertSourceFile(file, outcome: "duplicate", runID: match.id, detail: nil, in: db, now: now)
                    return .duplicate(keptRunID: match.id, replacedRunID: nil)
                }
                // The newcomer is richer: it takes the stored run's place; the old file is linked to it.
                try RunRow.insert(run, into: db, now: now)
                try RunRow.keepWatchSettings(from: match.id, to: run.id, in: db)
                try db.execute(
                    sql: "UPDATE sourceFile SET runID = ?, outcome = 'duplicate' WHERE runID = ?",
                    arguments: [run.id, match.id])
                try db.execute(sql: "DELETE FROM run WHERE id = ?", arguments: [match.id])
                try insertSourceFile(file, outcome: "imported", runID: run.id, detail: nil, in: db, now: now)
                return .duplicate(keptRunID: run.id, replacedRunID: match.id)
            }
            try RunRow.insert(run, into: db, now: now)
            try insertSourceFile(file, outcome: "imported", runID: run.id, detail: nil, in: db, now: now)
            return .imported(runID: run.id)
        }
    }

    private func matchingRun(for run: Run, in db: Database) throws -> (id: String, richness: Int)? {
        let start = run.start.timeIntervalSince1970
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, startTime, distanceMeters, richness FROM run
                WHERE startTime BETWEEN ? AND ? ORDER BY abs(startTime - ?)
                """,
            arguments: [
                start - ActivityMatch.maximumStartDifferenceSeconds,
                start + ActivityMatch.maximumStartDifferenceSeconds,
                start,
            ])
        for row in rows {
            // A stored row with damaged values (see RunRow) matches nothing rather than stopping the import.
            guard let id = try? row.decode(String.self, forColumn: "id"),
                let candidateStart = try? row.decode(Double.self, forColumn: "startTime"),
                let candidateMeters = try? row.decode(Double.self, forColumn: "distanceMeters"),
                let richness = try? row.decode(Int.self, forColumn: "richness")
            else { continue }
            if ActivityMatch.isSameActivity(
                start: run.start, distanceMeters: run.distanceMeters,
                asStart: Date(timeIntervalSince1970: candidateStart), distanceMeters: candidateMeters)
            {
                return (id, richness)
            }
        }
        return nil
    }

    private func insertSourceFile(
        _ file: IncomingFile, outcome: String, runID: String?, detail: String?, in db: Database, now: Date
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO sourceFile (contentHash, path, size, modifiedAt, outcome, runID, detail, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                file.contentHash, file.path, file.size, file.modifiedAt?.timeIntervalSince1970, outcome, runID, detail,
                now.timeIntervalSince1970,
            ])
    }
}
