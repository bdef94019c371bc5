public import Foundation
import GRDB

/// What the last iCalendar export wrote for one event UID: a fingerprint of the event and its
/// SEQUENCE, so re-exporting an unchanged event keeps its SEQUENCE and a changed one raises it.
public struct CalendarExportRecord: Sendable, Hashable {
    /// The event's UID, e.g. "20261206-run@runramp".
    public var uid: String
    /// Opaque hash of everything exported for the event except DTSTAMP and SEQUENCE.
    public var fingerprint: String
    public var sequence: Int
    public var exportedAt: Date

    public init(uid: String, fingerprint: String, sequence: Int, exportedAt: Date) {
        self.uid = uid
        self.fingerprint = fingerprint
        self.sequence = sequence
        self.exportedAt = exportedAt
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

extension LogDatabase {
    /// Every UID exported so far with what was exported last, by UID.
    public func calendarExports() throws -> [String: CalendarExportRecord] {
        do {
            let rows = try writer.read { db in try CalendarExportRow.fetchAll(db) }
            return Dictionary(rows.map { ($0.uid, $0.record) }, uniquingKeysWith: { first, _ in first })
        } catch {
            throw LogError(.database(String(describing: error)), path: writer.path)
        }
    }

    /// Stores what an export wrote (insert or replace per UID), in one transaction.
    public func recordCalendarExports(_ records: [CalendarExportRecord]) throws {
        do {
            try writer.write { db in
                for record in records { try CalendarExportRow(record).save(db) }
            }
        } catch {
            throw LogError(.database(String(describing: error)), path: writer.path)
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

    init(_ record: CalendarExportRecord) {
        uid = record.uid
        fingerprint = record.fingerprint
        sequence = record.sequence
        exportedAt = record.exportedAt.timeIntervalSince1970
    }

    var record: CalendarExportRecord {
        CalendarExportRecord(uid: uid, fingerprint: fingerprint, sequence: sequence, exportedAt: Date(timeIntervalSince1970: exportedAt))
    }
}
