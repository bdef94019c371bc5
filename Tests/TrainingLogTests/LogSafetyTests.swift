import Foundation
import GRDB
import RunImport
import RunModel
import Testing

@testable import TrainingLog

/// A log written by a newer runramp, a read-only log, a full disk and stored rows no run can have
/// (docs/log.md): refused or skipped with a reason, never a crash and never a write.
@Suite struct LogSafetyTests {
    /// A scratch folder with a log of two runs, closed again.
    static func scratchLog() throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("log-safety-\(UUID().uuidString)")
        let path = folder.appendingPathComponent("log.sqlite").path
        let log = try LogDatabase(path: path)
        _ = try log.record([
            LogFixtures.file(LogFixtures.run(id: "a")),
            LogFixtures.file(LogFixtures.run(id: "b", start: LogFixtures.day.addingTimeInterval(86_400))),
        ])
        return (folder, path)
    }

    /// The bytes of the log and of its -wal, by name: equal before and after means nothing was
    /// written (a reader may leave an empty -wal and a -shm index beside the log, as SQLite does).
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasSuffix("-shm") {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            if !(name.hasSuffix("-wal") && data.isEmpty) { files[name] = data }
        }
        return files
    }

    /// Writes SQL straight into the log file, as another program (or an attacker) could.
    static func tamper(_ path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
    }

    @Test(arguments: [
        "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')",
        "PRAGMA user_version = 99",
    ])
    func aLogFromANewerRunrampIsRefusedWithoutAWrite(change: String) throws {
        let (folder, path) = try Self.scratchLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.tamper(path, change)
        let before = try Self.snapshot(folder)
        for access in [LogDatabase.Access.readWrite, .readOnly] {
            #expect {
                _ = try LogDatabase(path: path, access: access)
            } throws: { error in
                guard let error = error as? LogError, case .newerLog = error.reason else { return false }
                return error.description.hasPrefix("\(path): this training log was written by a newer runramp")
                    && error.description.hasSuffix("update runramp to use it (nothing was changed)")
            }
        }
        #expect(try Self.snapshot(folder) == before)
    }

    @Test func aNewLogGetsTheUserVersionOfItsSchema() throws {
        let log = try LogDatabase.inMemory()
        let version = try log.writer.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
        #expect(version == LogMigrations.all.count)
    }

    @Test func anOlderLogIsUpgradedInOneStepAndKeepsItsRuns() throws {
        let (folder, path) = try Self.scratchLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        // As a log of the first release: v1 only, user_version 0.
        try Self.tamper(
            path,
            """
            DROP TABLE calendarExport; DROP TABLE checkIn; DROP TABLE storedPlan; DROP TABLE logIdentity;
            DROP TABLE calendarFileExport; DROP TABLE heartRateSetting; DROP TABLE workoutFile; ALTER TABLE run DROP COLUMN isExcluded; ALTER TABLE run DROP COLUMN editedAt;
            ALTER TABLE sourceFile DROP COLUMN removedAt; DROP TABLE sessionEffort; DROP TABLE trimpConstantsSetting;
            ALTER TABLE run DROP COLUMN watchMaxHeartRate; ALTER TABLE run DROP COLUMN watchRestingHeartRate;
            ALTER TABLE run DROP COLUMN watchThresholdHeartRate; ALTER TABLE run DROP COLUMN watchZoneHighBoundaries;
            DELETE FROM grdb_migrations WHERE identifier != 'v1'; PRAGMA user_version = 0
            """)
        let log = try LogDatabase(path: path, access: .readOnly)
        #expect(try log.allRuns().map(\.id) == ["a", "b"])
        let applied = try log.writer.read {
            try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        }
        #expect(applied == LogMigrations.all.map(\.identifier))
        #expect(try log.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM calendarFileExport") } == 0)
    }

    @Test func readOnlyAccessReadsWithoutWritingAndCannotWrite() throws {
        let (folder, path) = try Self.scratchLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.snapshot(folder)
        let log = try LogDatabase(path: path, access: .readOnly)
        #expect(try log.allRuns().map(\.id) == ["a", "b"])
        #expect(throws: LogError.self) { try log.record([LogFixtures.file(LogFixtures.run(id: "c"))]) }
        // The log itself is byte for byte as before (SQLite may leave an empty -wal/-shm beside it).
        let after = try Self.snapshot(folder)
        #expect(after["log.sqlite"] == before["log.sqlite"])
        #expect((after["log.sqlite-wal"] ?? Data()).isEmpty)
    }

    @Test func readOnlyAccessToAMissingLogCreatesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("log-missing-\(UUID().uuidString)")
        let log = try LogDatabase(path: folder.appendingPathComponent("log.sqlite").path, access: .readOnly)
        #expect(try log.allRuns().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func aFullDiskRollsTheWholeBatchBack() throws {
        let (folder, path) = try Self.scratchLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = try LogDatabase(path: path)
        // SQLite's page limit makes SQLITE_FULL reproducible without filling a real disk.
        let pages = try log.writer.read { try Int.fetchOne($0, sql: "PRAGMA page_count") } ?? 0
        try log.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = \(pages + 2)") }
        let batch = (0..<40).map { i in
            LogFixtures.file(
                LogFixtures.run(
                    id: "full\(i)", start: LogFixtures.day.addingTimeInterval(Double(i + 10) * 86_400),
                    samples: LogFixtures.track(count: 600)))
        }
        #expect {
            _ = try log.record(batch)
        } throws: { error in
            guard let error = error as? LogError else { return false }
            return error.reason == .diskFull
                && error.description.hasPrefix("\(path): the disk is full: nothing of this batch was written")
        }
        #expect(try log.allRuns().map(\.id) == ["a", "b"])
        #expect(try log.integrityProblems().isEmpty)
    }

    @Test(arguments: [
        ("startTime = 1e300", "start time"),
        ("startTime = -1e300", "start time"),
        ("distanceMeters = 1e300", "distance"),
        ("elapsedSeconds = 9e99", "elapsed time"),
        ("utcOffsetSeconds = 1e300", "column utcOffsetSeconds"),
        ("distanceMeters = 'far'", "column distanceMeters"),
        ("sport = 'teleporting'", "column sport"),
        ("laps = x'00ff'", "column laps"),
        ("sourceFormat = 'floppy'", "column sourceFormat"),
        ("elapsedSeconds = 'long'", "column elapsedSeconds"),
        // The import stores no negative total (it reads one as 0 with a note): a stored one is damage.
        ("distanceMeters = -5", "distance -5.0 m is negative"),
        ("movingSeconds = -1", "moving time -1.0 s is negative"),
        ("elapsedSeconds = -9e99", "elapsed time -9e+99 s is negative"),
    ])
    func aStoredRowNoRunCanHaveIsSkippedWithANote(change: String, named: String) throws {
        let (folder, path) = try Self.scratchLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.tamper(path, "UPDATE run SET \(change) WHERE id = 'b'")
        for access in [LogDatabase.Access.readWrite, .readOnly] {
            let log = try LogDatabase(path: path, access: access)
            let stored = try log.runs(since: nil)
            #expect(stored.runs.map(\.id) == ["a"])
            #expect(stored.skipped.count == 1)
            let note = stored.skipped.first?.description ?? ""
            #expect(note.hasPrefix("\(path): run b: ") && note.contains(named), "\(note)")
            #expect(try log.allRuns().map(\.id) == ["a"])
        }
    }

    @Test func aStoredHeartRateNoHeartBeatsIsDroppedAndTheRunKept() throws {
        let (folder, path) = try Self.scratchLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.tamper(path, "UPDATE run SET averageHeartRate = 1e20, maxHeartRate = -3 WHERE id = 'b'")
        let runs = try LogDatabase(path: path).allRuns()
        #expect(runs.map(\.id) == ["a", "b"])
        #expect(runs.last?.averageHeartRate == nil && runs.last?.maxHeartRate == nil)
        #expect(runs.first?.averageHeartRate == 150)
    }

    @Test func anImplausibleRunIsRecordedAsAFailureNotStored() throws {
        let log = try LogDatabase.inMemory()
        var run = LogFixtures.run(id: "huge")
        run.distanceMeters = 1e300
        let outcome = try log.record([LogFixtures.file(run)])
        #expect(outcome == [.failed(.tooLarge(.distance, 1e300))])
        #expect(try log.allRuns().isEmpty)
    }
}
