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
