import Foundation
import GRDB
import RunModel
import Testing

@testable import TrainingLog

@Suite struct CalendarExportsTests {
    static let first = Date(timeIntervalSince1970: 1_795_000_000)
    static let day = CalendarDay(year: 2026, month: 12, day: 6)!

    static func revision(_ uid: String, _ fingerprint: String, sequence: Int = 0) -> EventRevision {
        EventRevision(uid: uid, day: day, fingerprint: fingerprint, sequence: sequence)
    }

    @Test func migrationsAreRegisteredInOrderAndCreateTheTables() throws {
        let log = try LogDatabase.inMemory()
        let (applied, columns) = try log.writer.read { db in
            (
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
                try db.columns(in: "calendarFileExport").map(\.name)
            )
        }
        // The weekly loop's steps, in order (later steps are appended after them).
        #expect(
            Array(applied.drop { $0 != "v7-living-checkins" }.prefix(4)) == [
                "v7-living-checkins", "v7-living-plans", "v7-living-run-corrections", "v7-living-calendar-files",
            ])
        #expect(applied.firstIndex(of: "v3-calendar-cancellations")! > applied.firstIndex(of: "v2-calendar-exports")!)
        #expect(
            columns == [
                "file", "uid", "day", "fingerprint", "sequence", "exportedAt", "summary", "startSecondOfDay",
                "durationSeconds",
                "isCancelled",
            ])
    }

    @Test func theCalendarIDIsSixHexDigitsMadeOncePerLog() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ics-id-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("log.sqlite").path
        let id = try LogDatabase(path: path).calendarID()
        #expect(id.count == 6 && id.allSatisfy(\.isHexDigit))
        #expect(try LogDatabase(path: path).calendarID() == id)
        // Another log (almost surely) gets another id: 50 fresh logs give more than one.
        let ids = try Set((0..<50).map { _ in try LogDatabase.inMemory().calendarID() })
        #expect(ids.count > 1)
    }

    @Test func eachExportFileHasItsOwnMemory() throws {
        let log = try LogDatabase.inMemory()
        try log.recordCalendarExports(
            [Self.revision("20261206-run-abcdef@runramp", "aaaa")], file: "/home/r/plan.ics", exportedAt: Self.first)
        try log.recordCalendarExports(
            [Self.revision("20261206-run-abcdef@runramp", "bbbb", sequence: 4)], file: "/tmp/test.ics",
            exportedAt: Self.first)
        #expect(try log.calendarExports(file: "/home/r/plan.ics")["20261206-run-abcdef@runramp"]?.fingerprint == "aaaa")
        #expect(try log.calendarExports(file: "/tmp/test.ics")["20261206-run-abcdef@runramp"]?.sequence == 4)
        #expect(try log.calendarExports(file: "/tmp/other.ics").isEmpty)
    }

    @Test func revisionsRoundTripWithTheirDayAndAreReplacedPerUID() throws {
        let log = try LogDatabase.inMemory()
        let timed = EventRevision(
            uid: "20261206-run-abcdef@runramp", day: Self.day, fingerprint: "dddd", sequence: 2,
            summary: "Cancelled: Long run 9.6 km", startSecondOfDay: 25_200, durationSeconds: 4_080, isCancelled: true)
        // A revision without a day could never be cancelled: it is not kept.
        let dayless = EventRevision(uid: "20261209-run-abcdef@runramp", fingerprint: "9999", sequence: 0)
        try log.recordCalendarExports(
            [timed, Self.revision("20261207-backcare-abcdef@runramp", "bbbb", sequence: 3), dayless], file: "/p.ics",
            exportedAt: Self.first)
        let later = Self.first.addingTimeInterval(86_400)
        try log.recordCalendarExports(
            [Self.revision("20261207-backcare-abcdef@runramp", "cccc", sequence: 4)], file: "/p.ics", exportedAt: later)
        let stored = try log.calendarExports(file: "/p.ics")
        #expect(stored.count == 2)
        #expect(stored["20261206-run-abcdef@runramp"] == timed)
        #expect(
            stored["20261207-backcare-abcdef@runramp"]
                == Self.revision("20261207-backcare-abcdef@runramp", "cccc", sequence: 4))
        let times = try log.writer.read { db in
            try Double.fetchAll(db, sql: "SELECT exportedAt FROM calendarFileExport WHERE file = '/p.ics' ORDER BY uid")
        }
        #expect(times == [Self.first.timeIntervalSince1970, later.timeIntervalSince1970])
    }

    @Test func anOlderLogsMemoryIsAdoptedByTheFirstFileExportedAfterTheUpgrade() throws {
        // A log as v3 left it: per-log rows, the day only inside the UID.
        let queue = try DatabaseQueue()
        var migrator = DatabaseMigrator()
        for migration in LogMigrations.all.prefix(3) {
            migrator.registerMigration(migration.identifier, migrate: migration.migrate)
        }
        try migrator.migrate(queue)
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO calendarExport (uid, fingerprint, sequence, exportedAt, summary) VALUES
                    ('20261206-run@runramp', 'eeee', 2, 0, 'Long run 9.6 km'), ('20261208-backcare-2@runramp', 'ffff', 0, 0, NULL)
                    """)
        }
        let log = try LogDatabase(writer: queue)
        let adopted = try log.calendarExports(file: "/home/r/plan.ics")
        #expect(adopted["20261206-run@runramp"]?.day == Self.day)
        #expect(adopted["20261206-run@runramp"]?.sequence == 2)
        #expect(adopted["20261208-backcare-2@runramp"]?.day == CalendarDay(year: 2026, month: 12, day: 8))
        // Only once: a second file starts empty, the first keeps them.
        #expect(try log.calendarExports(file: "/tmp/test.ics").isEmpty)
        #expect(try log.calendarExports(file: "/home/r/plan.ics").count == 2)
    }
}
