import Foundation
import GRDB
import RunModel
import Synchronization
import TestSupport
import Testing

@testable import TrainingLog

/// `runs --since`, `countedRuns(since:)` and the listing's id length read only what they need: the
/// runs of the window through the index on the start, and the ids through their own index, never
/// every row of the log (a log of 10^6 runs was read whole to list a week).
@Suite struct WindowReadTests {
    /// A log of `count` runs one day apart, every seventh excluded.
    static func log(runs count: Int) throws -> LogDatabase {
        let log = try LogDatabase.inMemory()
        let files = (0..<count).map { i in
            LogFixtures.file(
                LogFixtures.run(id: "run-\(i)", start: LogFixtures.day.addingTimeInterval(Double(-i) * 86_400)))
        }
        _ = try log.record(files)
        for i in stride(from: 0, to: count, by: 7) { _ = try log.setRunExcluded(id: "run-\(i)", true) }
        return log
    }

    /// Every SELECT `body` runs on the log, with SQLite's plan for it.
    static func plans(of log: LogDatabase, _ body: () throws -> Void) throws -> [(sql: String, plan: [String])] {
        let statements = Mutex<[String]>([])
        try log.writer.writeWithoutTransaction { db in
            db.trace { event in
                if case .statement(let statement) = event { statements.withLock { $0.append(statement.expandedSQL) } }
            }
        }
        try body()
        try log.writer.writeWithoutTransaction { db in db.trace(options: [], nil) }
        return try statements.withLock { $0 }.filter { $0.uppercased().hasPrefix("SELECT") }.map { sql in
            let plan = try log.writer.read { db in
                // With the statement's own arguments written into it (`expandedSQL`).
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String? ?? "" }
            }
            return (sql, plan)
        }
    }

    @Test func aWindowOfRunsIsReadThroughTheIndexOnTheStart() throws {
        let log = try Self.log(runs: 60)
        let since = LogFixtures.day.addingTimeInterval(-9.5 * 86_400)
        var counted = StoredRuns(runs: [], skipped: [])
        var excluded: Set<String> = []
        let plans = try Self.plans(of: log) {
            counted = try log.countedRuns(since: since)
            excluded = try log.excludedRunIDs(since: since)
        }
        // Runs 0…9 started in the window; 0 and 7 are excluded.
        #expect(counted.runs.map(\.id) == (1...9).reversed().filter { $0 != 7 }.map { "run-\($0)" })
        #expect(excluded == ["run-0", "run-7"])
        #expect(try log.excludedRunIDs() == Set(stride(from: 0, to: 60, by: 7).map { "run-\($0)" }))
        let runReads = plans.filter { $0.sql.contains("FROM run") }
        #expect(runReads.count >= 3)
        for read in runReads {
            #expect(read.plan.contains { $0.contains("USING INDEX run_on_startTime") }, "\(read.sql): \(read.plan)")
            #expect(!read.plan.contains { $0.hasPrefix("SCAN run") && !$0.contains("INDEX") }, "\(read.sql)")
        }
    }

    @Test func aWindowWithAnEndReadsOnlyItsRunsThroughTheIndex() throws {
        let log = try Self.log(runs: 60)
        let since = LogFixtures.day.addingTimeInterval(-9.5 * 86_400)
        let before = LogFixtures.day.addingTimeInterval(-2.5 * 86_400)
        var counted = StoredRuns(runs: [], skipped: [])
        let plans = try Self.plans(of: log) { counted = try log.countedRuns(since: since, before: before) }
        // Runs 3…9 started in the window (oldest first); 7 is excluded.
        #expect(counted.runs.map(\.id) == [9, 8, 6, 5, 4, 3].map { "run-\($0)" })
        #expect(try log.excludedRunIDs(since: since, before: before) == ["run-7"])
        #expect(try log.excludedRunIDs(before: before).count == 8)  // 7, 14, …, 56
        let runReads = plans.filter { $0.sql.contains("FROM run") }
        #expect(runReads.count == 2)
        for read in runReads {
            #expect(read.plan.contains { $0.contains("USING INDEX run_on_startTime") }, "\(read.sql): \(read.plan)")
            #expect(read.plan.contains { $0.contains("startTime>? AND startTime<?") }, "\(read.sql): \(read.plan)")
        }
    }

    @Test func theIDLengthIsFoundFromTheIDsIndexAlone() throws {
        let log = try Self.log(runs: 5)
        let plans = try Self.plans(of: log) {
            _ = try log.runIDsAreDistinct(inFirst: 8)
            _ = try log.longestRunIDLength()
        }
        #expect(plans.count == 2)
        for read in plans {
            #expect(read.plan.contains { $0.contains("COVERING INDEX") }, "\(read.sql): \(read.plan)")
        }
    }

    /// The log's answer equals the same question asked of the ids in memory, for generated ids
    /// sharing long prefixes (seeded, replayable).
    @Test(arguments: 0..<12 as Range<UInt64>)
    func distinctIDsAgreeWithTheIDsInMemory(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let log = try LogDatabase.inMemory()
        let stem = String(repeating: "ab", count: Int.random(in: 0...6, using: &random))
        var ids: Set<String> = []
        while ids.count < 40 {
            let tail = (0..<Int.random(in: 1...12, using: &random)).map { _ in
                "0123456789abcdef".randomElement(using: &random)!
            }
            ids.insert(stem + String(tail))
        }
        _ = try log.record(
            ids.enumerated().map { index, id in
                LogFixtures.file(
                    LogFixtures.run(id: id, start: LogFixtures.day.addingTimeInterval(Double(index) * 86_400)))
            })
        #expect(try log.longestRunIDLength() == ids.map(\.count).max())
        for length in 1...30 {
            #expect(
                try log.runIDsAreDistinct(inFirst: length) == (Set(ids.map { $0.prefix(length) }).count == ids.count),
                "seed \(seed), length \(length)")
        }
    }
}
