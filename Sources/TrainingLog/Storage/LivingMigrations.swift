import Foundation
import GRDB

// The schema of the weekly loop (docs/weekly-loop.md): check-ins, stored plans, run corrections
// and the calendar memory per export file. Registered in `LogMigrations.all`.
extension LogMigrations {
    /// v7-living-checkins: one row per back check-in; `symptoms` is a comma-separated list of
    /// symptom names (empty for none), `day` a YYYY-MM-DD local date.
    static func v7LivingCheckIns(_ db: Database) throws {
        try db.create(table: "checkIn") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("day", .text).notNull()
            t.column("backPain", .text).notNull().check { ["none", "mild", "persistent"].contains($0) }
            t.column("symptoms", .text).notNull().defaults(to: "")
            t.column("isCleared", .boolean).notNull().defaults(to: false)
            t.column("recordedAt", .double).notNull()
        }
        try db.create(index: "checkIn_on_day", on: "checkIn", columns: ["day"])
    }

    /// v7-living-plans: one row per plan `runramp plan` wrote; `body` is the plan record as JSON
    /// (written and read by the planner's `PlanRecord`), the days are YYYY-MM-DD.
    static func v7LivingPlans(_ db: Database) throws {
        try db.create(table: "storedPlan") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("madeOn", .text).notNull()
            t.column("firstDay", .text)
            t.column("lastDay", .text)
            t.column("body", .blob).notNull()
            t.column("recordedAt", .double).notNull()
        }
    }

    /// v7-living-run-corrections: a run can be excluded (kept, not counted) and edited; a source
    /// file whose run was removed keeps its row with `removedAt`, so a re-import skips it.
    static func v7LivingRunCorrections(_ db: Database) throws {
        try db.alter(table: "run") { t in
            t.add(column: "isExcluded", .boolean).notNull().defaults(to: false)
            t.add(column: "editedAt", .double)
        }
        try db.alter(table: "sourceFile") { t in
            t.add(column: "removedAt", .double)
        }
    }

    /// v7-living-calendar-files: the calendar memory per export file, with the event's day stored,
    /// and the log's calendar id (six random hex digits, made once) that every UID carries.
    ///
    /// Rows of the older per-log memory are copied with an empty file name: the first export
    /// after the upgrade adopts them (see `LogDatabase.calendarExports(file:)`), so that file
    /// cancels the events it holds under their old UIDs instead of showing them twice.
    static func v7LivingCalendarFiles(_ db: Database) throws {
        try db.create(table: "logIdentity") { t in
            t.primaryKey("key", .text)
            t.column("value", .text).notNull()
        }
        let id = String(UInt32.random(in: 0..<0x100_0000), radix: 16)
        try db.execute(
            sql: "INSERT INTO logIdentity (key, value) VALUES ('calendarID', ?)",
            arguments: [String(repeating: "0", count: 6 - id.count) + id])
        try db.create(table: "calendarFileExport") { t in
            t.column("file", .text).notNull()
            t.column("uid", .text).notNull()
            t.column("day", .text).notNull()
            t.column("fingerprint", .text).notNull()
            t.column("sequence", .integer).notNull()
            t.column("exportedAt", .double).notNull()
            t.column("summary", .text)
            t.column("startSecondOfDay", .integer)
            t.column("durationSeconds", .integer)
            t.column("isCancelled", .boolean).notNull().defaults(to: false)
            t.primaryKey(["file", "uid"])
        }
        // Old UIDs are "YYYYMMDD-slot@runramp": the day is read from them once, here, and stored.
        try db.execute(
            sql: """
                INSERT INTO calendarFileExport
                    (file, uid, day, fingerprint, sequence, exportedAt, summary, startSecondOfDay, durationSeconds, isCancelled)
                SELECT '', uid, substr(uid, 1, 4) || '-' || substr(uid, 5, 2) || '-' || substr(uid, 7, 2),
                    fingerprint, sequence, exportedAt, summary, startSecondOfDay, durationSeconds, isCancelled
                FROM calendarExport
                WHERE uid GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-*@runramp'
                """)
    }
}
