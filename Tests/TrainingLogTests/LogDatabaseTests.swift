import Foundation
import GRDB
import RunImport
import RunModel
import Testing

@testable import TrainingLog

@Suite struct LogDatabaseTests {
    @Test func migrationsCreateTheSchemaAndAreRecorded() throws {
        let log = try LogDatabase.inMemory()
        let (tables, applied) = try log.writer.read { db in
            (
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            )
        }
        #expect(tables.contains("run") && tables.contains("sourceFile"))
        #expect(applied == LogMigrations.all.map(\.identifier))
        #expect(applied.first == "v1")
    }

    @Test func reopeningAFileKeepsItsRunsAndUsesWAL() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("log-\(UUID().uuidString)/nested")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let path = folder.appendingPathComponent("log.sqlite").path
        do {
            let log = try LogDatabase(path: path)
            _ = try log.record([LogFixtures.file(LogFixtures.run(id: "a"))])
        }
        let reopened = try LogDatabase(path: path)
        #expect(try reopened.allRuns().map(\.id) == ["a"])
        let mode = try reopened.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func runsRoundTripWithAndWithoutSamples() throws {
        let log = try LogDatabase.inMemory()
        let run = LogFixtures.run(id: "r1", samples: LogFixtures.track(count: 60))
        #expect(try log.record([LogFixtures.file(run)]) == [.imported(runID: "r1")])
        let summary = try #require(try log.allRuns().first)
        #expect(summary.samples.isEmpty)
        var expected = run
        expected.samples = []
        #expect(summary == expected)
        let full = try #require(try log.run(id: "r1"))
        #expect(full.samples.count == 60)
        #expect(full.samples[59].heartRate == run.samples[59].heartRate)
        #expect(try log.allRuns(includeSamples: true).first?.samples.count == 60)
    }

    @Test func runsSinceFiltersAndOrdersByStart() throws {
        let log = try LogDatabase.inMemory()
        let files = [3, 1, 2].map {
            LogFixtures.file(
                LogFixtures.run(id: "d\($0)", start: LogFixtures.day.addingTimeInterval(Double($0) * 86_400)))
        }
        _ = try log.record(files)
        #expect(try log.allRuns().map(\.id) == ["d1", "d2", "d3"])
        #expect(try log.runs(since: LogFixtures.day.addingTimeInterval(2 * 86_400)).runs.map(\.id) == ["d2", "d3"])
    }

    @Test func knownHashesAreSkippedAndFailuresRetried() throws {
        let log = try LogDatabase.inMemory()
        let file = LogFixtures.file(LogFixtures.run(id: "k"))
        let broken = IncomingFile(
            path: "/runs/bad.fit", contentHash: "bad", content: .failed(.tooLarge(.distance, 3e6)))
        let monitor = IncomingFile(
            path: "/runs/m.fit", contentHash: "mon", content: .notActivity(reason: .fitFileType("monitoring_b")))
        #expect(
            try log.record([file, broken, monitor]) == [
                .imported(runID: "k"), .failed(.tooLarge(.distance, 3e6)),
                .notActivity(reason: .fitFileType("monitoring_b")),
            ])
        // The log keeps the reason's wording beside the fingerprint.
        #expect(
            try log.writer.read {
                try String.fetchOne($0, sql: "SELECT detail FROM sourceFile WHERE contentHash = 'mon'")
            }
                == "FIT monitoring b file")
        #expect(try log.record([file, monitor]) == [.alreadyKnown, .alreadyKnown])
        #expect(Set(try log.knownSourceFiles().map(\.contentHash)) == ["hash-k", "mon"])
        #expect(try log.sourceFileCounts() == SourceFileCounts(imported: 1, duplicate: 0, notActivity: 1, failed: 1))
        // A failed file read again (a better parser) is replaced, not doubled.
        let fixed = IncomingFile(
            path: "/runs/bad.fit", contentHash: "bad",
            content: .run(LogFixtures.run(id: "fixed", start: LogFixtures.day.addingTimeInterval(9_999))))
        #expect(try log.record([fixed]) == [.imported(runID: "fixed")])
        #expect(try log.sourceFileCounts() == SourceFileCounts(imported: 2, duplicate: 0, notActivity: 1, failed: 0))
    }

    @Test func duplicatesAreStoredOnceAndTheRicherKept() throws {
        let log = try LogDatabase.inMemory()
        var poor = LogFixtures.run(
            id: "gpx", distance: 10_000, format: .gpx, samples: LogFixtures.track(count: 10, heartRate: false))
        poor.averageHeartRate = nil
        #expect(poor.richness < LogFixtures.run(id: "x", format: .fit, samples: LogFixtures.track(count: 10)).richness)
        let rich = LogFixtures.run(
            id: "fit", start: LogFixtures.day.addingTimeInterval(90), distance: 10_250, format: .fit,
            samples: LogFixtures.track(count: 10))
        let far = LogFixtures.run(id: "other", start: LogFixtures.day.addingTimeInterval(-121), distance: 10_000)
        let longer = LogFixtures.run(id: "longer", start: LogFixtures.day.addingTimeInterval(30), distance: 10_600)
        let outcomes = try log.record([poor, rich, far, longer].map(LogFixtures.file))
        #expect(
            outcomes == [
                .imported(runID: "gpx"), .duplicate(keptRunID: "fit", replacedRunID: "gpx"),
                .imported(runID: "other"), .imported(runID: "longer"),
            ])
        #expect(try log.allRuns().map(\.id) == ["other", "longer", "fit"])
        let links = try log.duplicateLinks()
        #expect(links.count == 1 && links.first?.contentHash == "hash-gpx" && links.first?.runID == "fit")
        // The poorer one arriving after the rich one is linked, not stored.
        let again = LogFixtures.run(
            id: "gpx2", start: LogFixtures.day.addingTimeInterval(30), distance: 10_100, samples: [])
        #expect(try log.record([LogFixtures.file(again)]) == [.duplicate(keptRunID: "fit", replacedRunID: nil)])
        #expect(try log.allRuns().count == 3)
        #expect(try log.sourceFileCounts() == SourceFileCounts(imported: 3, duplicate: 2))
    }

    @Test func aBatchThatFailsHalfwayLeavesNothingBehind() throws {
        let log = try LogDatabase.inMemory()
        _ = try log.record([LogFixtures.file(LogFixtures.run(id: "before"))])
        // Make the database refuse the second file of the next batch.
        try log.writer.write { db in
            try db.execute(
                sql: """
                    CREATE TEMP TRIGGER refuse BEFORE INSERT ON sourceFile WHEN NEW.contentHash = 'hash-second'
                    BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
                    """)
        }
        let batch = ["first", "second", "third"].enumerated().map { i, id in
            LogFixtures.file(LogFixtures.run(id: id, start: LogFixtures.day.addingTimeInterval(Double(i + 1) * 86_400)))
        }
        #expect(throws: LogError.self) { try log.record(batch) }
        #expect(try log.allRuns().map(\.id) == ["before"])
        #expect(try log.sourceFileCounts() == SourceFileCounts(imported: 1))
        // Once the cause is gone the same batch goes in whole.
        try log.writer.write { try $0.execute(sql: "DROP TRIGGER refuse") }
        #expect(try log.record(batch).count == 3)
        #expect(try log.allRuns().map(\.id) == ["before", "first", "second", "third"])
    }

    @Test func sameIDFromDifferentContentIsKeptApart() throws {
        let log = try LogDatabase.inMemory()
        let a = LogFixtures.run(id: "same")
        var b = LogFixtures.run(id: "same", start: LogFixtures.day.addingTimeInterval(86_400))
        b.source.contentHash = "other-content"
        let outcomes = try log.record([LogFixtures.file(a), LogFixtures.file(b)])
        #expect(outcomes == [.imported(runID: "same"), .imported(runID: "same-other-co")])
    }
}
