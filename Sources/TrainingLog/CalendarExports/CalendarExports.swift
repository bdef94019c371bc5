public import Foundation
import GRDB
public import RunModel

/// What the last iCalendar export to one file wrote for one event UID: a fingerprint of the event
/// and its SEQUENCE, so re-exporting an unchanged event keeps its SEQUENCE and a changed one raises
/// it, and what a later cancellation of the event needs (day, summary, timing, cancelled or not).
public struct CalendarExportRecord: Sendable, Hashable {
    /// The event's UID, e.g. "20261206-run-3f9a2c@runramp".
    public var uid: String
    /// The day the event is on.
    public var day: CalendarDay
    /// Opaque hash of everything exported for the event except DTSTAMP and SEQUENCE.
    public var fingerprint: String
    public var sequence: Int
    public var exportedAt: Date
    /// The SUMMARY written; nil for rows recorded before v3.
    public var summary: String?
    /// Local start of a timed event in seconds since midnight; nil for all-day (or before v3).
    public var startSecondOfDay: Int?
    /// Length of a timed event in seconds; nil for all-day (or before v3).
    public var durationSeconds: Int?
    /// The event was last written as STATUS:CANCELLED.
    public var isCancelled: Bool

    public init(
        uid: String, day: CalendarDay, fingerprint: String, sequence: Int, exportedAt: Date, summary: String? = nil,
        startSecondOfDay: Int? = nil, durationSeconds: Int? = nil, isCancelled: Bool = false
    ) {
        self.uid = uid
        self.day = day
        self.fingerprint = fingerprint
        self.sequence = sequence
        self.exportedAt = exportedAt
        self.summary = summary
        self.startSecondOfDay = startSecondOfDay
        self.durationSeconds = durationSeconds
        self.isCancelled = isCancelled
    }
}

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
