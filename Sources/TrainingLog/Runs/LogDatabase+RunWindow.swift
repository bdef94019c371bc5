public import Foundation
import GRDB
public import RunModel

/// What a read of a window of the log leaves out, as counts: the counted runs (running sports with a
/// distance) and the other activities that started before it, not excluded.
public struct ActivityTally: Sendable, Hashable {
    public var runs: Int
    public var otherActivities: Int

    public init(runs: Int = 0, otherActivities: Int = 0) {
        self.runs = runs
        self.otherActivities = otherActivities
    }
}

extension LogDatabase {
    /// The running sports as stored (`Sport.isRunning`), for the queries that count or find runs in SQLite.
    private static let runningSports = Sport.allCases.filter(\.isRunning).map { "'\($0.rawValue)'" }
        .joined(separator: ", ")

    /// The start of the latest counted run (a running sport with a distance, not excluded) that started
    /// before `before`, or nil. Found through the index on the start, from the newest row back.
    public func lastCountedRunStart(before: Date) throws -> Date? {
        try reading { db in
            try Double.fetchOne(
                db,
                sql: """
                    SELECT startTime FROM run WHERE startTime < ? AND NOT isExcluded
                    AND sport IN (\(Self.runningSports)) AND distanceMeters > 0
                    ORDER BY startTime DESC LIMIT 1
                    """,
                arguments: [before.timeIntervalSince1970]
            ).map { Date(timeIntervalSince1970: $0) }
        }
    }

    /// How many counted runs and other activities, not excluded, started before `before`: counted in
    /// SQLite, no row decoded.
    public func activityTally(before: Date) throws -> ActivityTally {
        try reading { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT COALESCE(SUM(sport IN (\(Self.runningSports)) AND distanceMeters > 0), 0) AS runs,
                    COALESCE(SUM(sport NOT IN (\(Self.runningSports))), 0) AS others
                    FROM run WHERE startTime < ? AND NOT isExcluded
                    """,
                arguments: [before.timeIntervalSince1970])
            return ActivityTally(runs: row?["runs"] ?? 0, otherActivities: row?["others"] ?? 0)
        }
    }
}

/// One of the heart-rate settings a watch writes into its files, as the log stores it.
public enum WatchSettingColumn: String, Sendable, CaseIterable {
    case maximum = "watchMaxHeartRate"
    case resting = "watchRestingHeartRate"
    case threshold = "watchThresholdHeartRate"
}

extension LogDatabase {
    /// The newest run, not excluded, that started before `before` with a `setting` between `plausible`'s
    /// bounds and that `accepts`, or nil. Walks back from the newest through the index on the start and
    /// stops at the first; rows that cannot be used are passed over, as a read of every run leaves them out.
    public func newestRun(
        before: Date, withWatch setting: WatchSettingColumn, within plausible: ClosedRange<Double>,
        where accepts: (Run) -> Bool
    ) throws -> Run? {
        let path = writer.path
        return try reading { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT \(RunRow.summaryColumns) FROM run WHERE startTime < ? AND NOT isExcluded
                    AND \(setting.rawValue) BETWEEN ? AND ? ORDER BY startTime DESC, id DESC
                    """,
                arguments: [before.timeIntervalSince1970, plausible.lowerBound, plausible.upperBound])
            while let row = try rows.next() {
                guard let run = try? RunRow.run(from: row, includeSamples: false, databasePath: path) else { continue }
                if accepts(run) { return run }
            }
            return nil
        }
    }
}
