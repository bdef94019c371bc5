public import Foundation
import GRDB
public import RunModel

extension LogDatabase {
    /// The log's calendar id: six hex digits made once per log, carried by every event UID so
    /// that two logs' (or two runners') events never collide.
    public func calendarID() throws -> String {
        let path = writer.path
        return try reading { db in
            guard let id = try String.fetchOne(db, sql: "SELECT value FROM logIdentity WHERE key = 'calendarID'") else {
                throw LogError(.corruptRow(.logIdentity, column: "calendarID"), path: path)
            }
            return id
        }
    }

    /// What earlier exports wrote to `file` (a canonical absolute path), by UID; each revision has its day.
    ///
    /// The memory of a log from before export files were told apart has no file: the first file
    /// exported to after the upgrade, with no memory of its own, adopts it (docs/weekly-loop.md).
    public func calendarExports(file: String) throws -> [String: EventRevision] {
        let path = writer.path
        return try writing { db in try Self.calendarExports(db, file: file, path: path) }
    }

    /// Stores what an export to `file` wrote at `exportedAt` (insert or replace per UID), in one
    /// transaction. A revision without a day is not kept (it could never be cancelled).
    public func recordCalendarExports(_ revisions: [EventRevision], file: String, exportedAt: Date) throws {
        try writing { db in try Self.insert(revisions, file: file, exportedAt: exportedAt, db) }
    }

    /// One export to `file`, all or nothing against the log's memory: `export` gets what earlier
    /// exports wrote, writes the new calendar beside the file (not yet in its place) and returns
    /// what it wrote; that is recorded in the same transaction, under the log's write lock, so two
    /// exports at once take turns. The caller puts the file in place only after this returns: a
    /// kill at any moment leaves the memory equal to the file or ahead of it, never behind, so a
    /// later cancellation always carries a SEQUENCE above anything a calendar has seen.
    public func recordingCalendarExport<Result>(
        file: String, exportedAt: Date,
        _ export: ([String: EventRevision]) throws -> (revisions: [EventRevision], result: Result)
    ) throws -> Result {
        let path = writer.path
        return try writing { db in
            let (revisions, result) = try export(try Self.calendarExports(db, file: file, path: path))
            try Self.insert(revisions, file: file, exportedAt: exportedAt, db)
            return result
        }
    }

    private static func calendarExports(_ db: Database, file: String, path: String) throws
        -> [String: EventRevision]
    {
        let known = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM calendarFileExport WHERE file = ?)", arguments: [file])
        if known != true {
            try db.execute(sql: "UPDATE calendarFileExport SET file = ? WHERE file = ''", arguments: [file])
        }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT uid, day, fingerprint, sequence, summary, startSecondOfDay, durationSeconds, isCancelled
                FROM calendarFileExport WHERE file = ?
                """,
            arguments: [file])
        var revisions: [String: EventRevision] = [:]
        // A damaged row is left out (docs/log.md): that event is then exported as new.
        for row in rows {
            guard let uid = try? row.decode(String.self, forColumn: "uid") else { continue }
            let checked = CheckedRow(row: row, identity: .calendarEvent(uid: uid), databasePath: path)
            revisions[uid] = try? EventRevision(
                uid: uid, day: checked.day("day"), fingerprint: checked.value("fingerprint"),
                sequence: checked.value("sequence"), summary: checked.optional("summary"),
                startSecondOfDay: checked.optional("startSecondOfDay"),
                durationSeconds: checked.optional("durationSeconds"), isCancelled: checked.value("isCancelled"))
        }
        return revisions
    }

    private static func insert(_ revisions: [EventRevision], file: String, exportedAt: Date, _ db: Database) throws {
        for revision in revisions {
            guard let day = revision.day else { continue }
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO calendarFileExport
                        (file, uid, day, fingerprint, sequence, exportedAt, summary, startSecondOfDay, durationSeconds, isCancelled)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    file, revision.uid, day.description, revision.fingerprint, revision.sequence,
                    exportedAt.timeIntervalSince1970, revision.summary, revision.startSecondOfDay,
                    revision.durationSeconds, revision.isCancelled,
                ])
        }
    }
}
