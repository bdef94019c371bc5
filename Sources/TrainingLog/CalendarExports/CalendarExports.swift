// The log's memory of calendar exports: one `EventRevision` (RunModel) per event UID per calendar
// file, with the time it was written (`LogDatabase+CalendarFiles.swift`). These are its tables.
import GRDB

extension LogMigrations {
    /// v2-calendar-exports: one row per iCalendar UID ever exported (rows are only replaced,
    /// never dropped, so an event that comes back later continues its SEQUENCE).
    static func v2CalendarExports(_ db: Database) throws {
        try db.create(table: "calendarExport") { t in
            t.primaryKey("uid", .text)
            t.column("fingerprint", .text).notNull()
            t.column("sequence", .integer).notNull()
            t.column("exportedAt", .double).notNull()  // Unix seconds
        }
    }
}

extension LogMigrations {
    /// v3-calendar-cancellations: what a cancellation of an exported event needs — the summary
    /// written, the timing of a timed event, and whether it was last written as cancelled.
    static func v3CalendarCancellations(_ db: Database) throws {
        try db.alter(table: "calendarExport") { t in
            t.add(column: "summary", .text)
            t.add(column: "startSecondOfDay", .integer)
            t.add(column: "durationSeconds", .integer)
            t.add(column: "isCancelled", .boolean).notNull().defaults(to: false)
        }
    }
}
