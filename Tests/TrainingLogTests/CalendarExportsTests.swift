import Foundation
import GRDB
import Testing

@testable import TrainingLog

@Suite struct CalendarExportsTests {
    static let first = Date(timeIntervalSince1970: 1_795_000_000)

    @Test func migrationIsRegisteredAfterV1AndCreatesTheTable() throws {
        let log = try LogDatabase.inMemory()
        let (applied, columns) = try log.writer.read { db in
            (
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
                try db.columns(in: "calendarExport").map(\.name)
            )
        }
        #expect(applied.contains("v2-calendar-exports"))
        #expect(applied.firstIndex(of: "v2-calendar-exports")! > applied.firstIndex(of: "v1")!)
        #expect(columns == ["uid", "fingerprint", "sequence", "exportedAt", "summary", "startSecondOfDay", "durationSeconds", "isCancelled"])
        #expect(applied.firstIndex(of: "v3-calendar-cancellations")! > applied.firstIndex(of: "v2-calendar-exports")!)
    }

    @Test func cancellationDetailsRoundTripAndOlderRowsReadAsConfirmedWithoutDetails() throws {
        let log = try LogDatabase.inMemory()
        let timed = CalendarExportRecord(
            uid: "20261206-run@runramp", fingerprint: "dddd", sequence: 2, exportedAt: Self.first, summary: "Cancelled: Long run 9.6 km",
            startSecondOfDay: 25_200, durationSeconds: 4_080, isCancelled: true)
        try log.recordCalendarExports([timed])
        // A row as v2 wrote it: the new columns take their defaults.
        try log.writer.write { db in
            try db.execute(
                sql: "INSERT INTO calendarExport (uid, fingerprint, sequence, exportedAt) VALUES ('20261207-run@runramp', 'eeee', 0, 0)")
        }
        let stored = try log.calendarExports()
        #expect(stored["20261206-run@runramp"] == timed)
        #expect(
            stored["20261207-run@runramp"]
                == CalendarExportRecord(uid: "20261207-run@runramp", fingerprint: "eeee", sequence: 0, exportedAt: Date(timeIntervalSince1970: 0)))
    }

    @Test func anEmptyLogHasNoExports() throws {
        #expect(try LogDatabase.inMemory().calendarExports().isEmpty)
    }

    @Test func recordsRoundTripAndAreReplacedPerUID() throws {
        let log = try LogDatabase.inMemory()
        try log.recordCalendarExports([
            CalendarExportRecord(uid: "20261206-run@runramp", fingerprint: "aaaa", sequence: 0, exportedAt: Self.first),
            CalendarExportRecord(uid: "20261207-backcare@runramp", fingerprint: "bbbb", sequence: 3, exportedAt: Self.first),
        ])
        let later = Self.first.addingTimeInterval(86_400)
        try log.recordCalendarExports([
            CalendarExportRecord(uid: "20261206-run@runramp", fingerprint: "cccc", sequence: 1, exportedAt: later)
        ])
        let stored = try log.calendarExports()
        #expect(stored.count == 2)
        #expect(stored["20261206-run@runramp"] == CalendarExportRecord(uid: "20261206-run@runramp", fingerprint: "cccc", sequence: 1, exportedAt: later))
        #expect(stored["20261207-backcare@runramp"]?.sequence == 3)
    }

    @Test func exportsSurviveReopeningTheLogFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ics-log-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("log.sqlite").path
        do {
            try LogDatabase(path: path).recordCalendarExports([
                CalendarExportRecord(uid: "u@runramp", fingerprint: "f", sequence: 7, exportedAt: Self.first)
            ])
        }
        #expect(try LogDatabase(path: path).calendarExports()["u@runramp"]?.sequence == 7)
    }
}
