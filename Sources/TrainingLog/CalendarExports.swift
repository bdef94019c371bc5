public import Foundation
import GRDB

/// What the last iCalendar export wrote for one event UID: a fingerprint of the event and its
/// SEQUENCE, so re-exporting an unchanged event keeps its SEQUENCE and a changed one raises it,
/// and what a later cancellation of the event needs (summary, timing, cancelled or not).
public struct CalendarExportRecord: Sendable, Hashable {
    /// The event's UID, e.g. "20261206-run@runramp".
    public var uid: String
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
        uid: String, fingerprint: String, sequence: Int, exportedAt: Date, summary: String? = nil,
        startSecondOfDay: Int? = nil, durationSeconds: Int? = nil, isCancelled: Bool = false
    ) {
        self.uid = uid
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

extension LogDatabase {
    /// Every UID exported so far with what was exported last, by UID. A damaged row (a value of the
    /// wrong type, a number out of range) is left out: that event is then exported as new.
    public func calendarExports() throws -> [String: CalendarExportRecord] {
        do {
            let rows = try writer.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM calendarExport").compactMap { try? CalendarExportRow(row: $0) }
            }
            return Dictionary(rows.map { ($0.uid, $0.record) }, uniquingKeysWith: { first, _ in first })
        } catch {
            throw LogError(error, path: writer.path)
        }
    }

    /// Stores what an export wrote (insert or replace per UID), in one transaction.
    public func recordCalendarExports(_ records: [CalendarExportRecord]) throws {
        do {
            try writer.write { db in
                for record in records { try CalendarExportRow(record).save(db) }
            }
        } catch {
            throw LogError(error, path: writer.path)
        }
    }
}

/// The `calendarExport` table's row.
private struct CalendarExportRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "calendarExport"

    var uid: String
    var fingerprint: String
    var sequence: Int
    var exportedAt: Double
    var summary: String?
    var startSecondOfDay: Int?
    var durationSeconds: Int?
    var isCancelled: Bool

    init(_ record: CalendarExportRecord) {
        uid = record.uid
        fingerprint = record.fingerprint
        sequence = record.sequence
        exportedAt = record.exportedAt.timeIntervalSince1970
        summary = record.summary
        startSecondOfDay = record.startSecondOfDay
        durationSeconds = record.durationSeconds
        isCancelled = record.isCancelled
    }

    var record: CalendarExportRecord {
        CalendarExportRecord(
            uid: uid, fingerprint: fingerprint, sequence: sequence, exportedAt: Date(timeIntervalSince1970: exportedAt),
            summary: summary, startSecondOfDay: startSecondOfDay, durationSeconds: durationSeconds, isCancelled: isCancelled)
    }
}
