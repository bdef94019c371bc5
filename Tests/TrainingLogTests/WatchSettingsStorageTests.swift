import Foundation
import GRDB
import RunImport
import RunModel
import Testing

@testable import TrainingLog

/// Schema v9: the watch's heart-rate settings stored with each run (and kept when a copy of the run
/// takes its place), session efforts and the TRIMP constants setting; a v8 log upgrades in place.
@Suite struct WatchSettingsStorageTests {
    let settings = WatchHeartRateSettings(
        maximum: 183, resting: 47, threshold: 164, zoneHighBoundaries: [107, 131, 146, 156, 164, 182.5])
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func watchRun(_ id: String, format: RunSource.Format = .fit, samples: Int = 0, settings: WatchHeartRateSettings?)
        -> Run
    {
        var run = LogFixtures.run(id: id, format: format, samples: LogFixtures.track(count: samples))
        run.watchHeartRate = settings
        return run
    }

    @Test func settingsRoundTripThroughTheLog() throws {
        let log = try LogDatabase.inMemory()
        _ = try log.record([
            LogFixtures.file(watchRun("w", settings: settings)),
            LogFixtures.file(
                watchRun(
                    "x", settings: WatchHeartRateSettings(maximum: nil, resting: 50, threshold: nil)
                ).withStart(LogFixtures.day.addingTimeInterval(86_400))),
            LogFixtures.file(LogFixtures.run(id: "plain", start: LogFixtures.day.addingTimeInterval(2 * 86_400))),
        ])
        let runs = Dictionary(uniqueKeysWithValues: try log.allRuns().map { ($0.id, $0) })
        #expect(runs["w"]?.watchHeartRate == settings)
        #expect(runs["x"]?.watchHeartRate == WatchHeartRateSettings(maximum: nil, resting: 50, threshold: nil))
        #expect(runs["plain"]?.watchHeartRate == nil)
        let boundaries = try log.writer.read {
            try String.fetchOne($0, sql: "SELECT watchZoneHighBoundaries FROM run WHERE id = 'w'")
        }
        #expect(boundaries == "107,131,146,156,164,182.5")
    }

    @Test func theKeptCopyOfARunKeepsTheWatchsSettings() throws {
        // A richer copy (more samples) without settings replaces the watch's file: the settings stay.
        let log = try LogDatabase.inMemory()
        _ = try log.record([LogFixtures.file(watchRun("watch", samples: 10, settings: settings))])
        let richer = watchRun("rich", format: .gpx, samples: 500, settings: nil)
        let outcome = try log.record([LogFixtures.file(richer)])
        #expect(outcome == [.duplicate(keptRunID: "rich", replacedRunID: "watch")])
        #expect(try log.allRuns().map(\.watchHeartRate) == [settings])
        // A poorer copy that holds settings gives them to the kept run when it has none.
        let other = try LogDatabase.inMemory()
        _ = try other.record([LogFixtures.file(watchRun("rich", format: .gpx, samples: 500, settings: nil))])
        _ = try other.record([LogFixtures.file(watchRun("watch", samples: 10, settings: settings))])
        #expect(try other.allRuns().map(\.id) == ["rich"])
        #expect(try other.allRuns().map(\.watchHeartRate) == [settings])
    }

    @Test func effortsAndConstantsAreStoredAndTheLogChecksTheScale() throws {
        let log = try LogDatabase.inMemory()
        let day = CalendarDay(year: 2026, month: 11, day: 18)!
        try log.recordSessionEffort(SessionEffortRecord(day: day, rpe: 6, recordedAt: now))
        try log.recordSessionEffort(SessionEffortRecord(day: day, runID: "a", rpe: 10, recordedAt: now))
        #expect(throws: LogError.self) {
            try log.recordSessionEffort(SessionEffortRecord(day: day, rpe: 0, recordedAt: now))
        }
        #expect(try log.sessionEfforts().map { "\($0.runID ?? "-") \($0.rpe)" } == ["- 6", "a 10"])
        #expect(try log.currentTRIMPConstants() == nil)
        try log.recordTRIMPConstants(.init(constants: .alternative, day: day.adding(days: 1), recordedAt: now))
        try log.recordTRIMPConstants(.init(constants: .standard, day: day, recordedAt: now))
        // The newest by day wins, not the last recorded.
        #expect(try log.currentTRIMPConstants()?.constants == .alternative)
    }

    @Test func aVersion8LogIsUpgradedAndKeepsItsRuns() throws {
        let (folder, path) = try LogSafetyTests.scratchLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        try LogSafetyTests.tamper(
            path,
            """
            DROP TABLE sessionEffort; DROP TABLE trimpConstantsSetting;
            ALTER TABLE run DROP COLUMN watchMaxHeartRate; ALTER TABLE run DROP COLUMN watchRestingHeartRate;
            ALTER TABLE run DROP COLUMN watchThresholdHeartRate; ALTER TABLE run DROP COLUMN watchZoneHighBoundaries;
            DELETE FROM grdb_migrations WHERE identifier = 'v9-watch-settings-and-effort';
            PRAGMA user_version = \(LogMigrations.all.count - 1)
            """)
        let log = try LogDatabase(path: path)
        #expect(try log.allRuns().map(\.id) == ["a", "b"])
        #expect(try log.allRuns().allSatisfy { $0.watchHeartRate == nil })
        #expect(LogMigrations.all.contains { $0.identifier == "v9-watch-settings-and-effort" })
        #expect(try log.writer.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == LogMigrations.all.count)
        _ = try log.record([
            LogFixtures.file(
                watchRun("c", settings: settings).withStart(LogFixtures.day.addingTimeInterval(5 * 86_400)))
        ])
        #expect(try log.run(id: "c")?.watchHeartRate == settings)
    }
}

extension Run {
    /// The run moved to `start` (its laps too).
    func withStart(_ start: Date) -> Run {
        var moved = self
        moved.start = start
        moved.laps = laps.map {
            Lap(start: start, elapsedSeconds: $0.elapsedSeconds, distanceMeters: $0.distanceMeters)
        }
        return moved
    }
}
