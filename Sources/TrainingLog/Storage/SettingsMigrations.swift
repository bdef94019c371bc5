import GRDB

// Heart-rate settings (docs/run-figures.md). Registered in `LogMigrations.all`.
extension LogMigrations {
    /// v8-heart-rate-settings: one row per `runramp settings` value: `kind` maximum / resting /
    /// threshold, `bpm`, `day` the YYYY-MM-DD local day it was set. Also marks that `run.samples`
    /// may use the "RRS2" layout (running dynamics), so an older runramp refuses the log instead of
    /// reading those runs as damaged.
    static func v8HeartRateSettings(_ db: Database) throws {
        try db.create(table: "heartRateSetting") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("kind", .text).notNull().check { ["maximum", "resting", "threshold"].contains($0) }
            t.column("bpm", .double).notNull()
            t.column("day", .text).notNull()
            t.column("recordedAt", .double).notNull()
        }
    }
}

extension LogMigrations {
    /// v9-watch-settings-and-effort:
    /// - `run.watchMaxHeartRate`, `watchRestingHeartRate`, `watchThresholdHeartRate` (bpm) and
    ///   `watchZoneHighBoundaries` (bpm joined by commas): the heart-rate settings the watch wrote into
    ///   the run's file, NULL when it wrote none (and for every run recorded before this version);
    /// - `sessionEffort`: one row per effort the runner gave (`checkin --rpe`, `add --rpe`): `rpe`
    ///   1–10, `day` the YYYY-MM-DD local day, `runID` the run it was given for (NULL: the last run of
    ///   that day). No foreign key: a run replaced by a richer copy must not take its effort along;
    /// - `trimpConstantsSetting`: the Banister constants the runner chose (`settings
    ///   --trimp-constants`), `constants` standard or alternative, dated; the newest wins.
    static func v9WatchSettingsAndEffort(_ db: Database) throws {
        try db.alter(table: "run") { t in
            t.add(column: "watchMaxHeartRate", .double)
            t.add(column: "watchRestingHeartRate", .double)
            t.add(column: "watchThresholdHeartRate", .double)
            t.add(column: "watchZoneHighBoundaries", .text)
        }
        try db.create(table: "sessionEffort") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("day", .text).notNull()
            t.column("runID", .text)
            t.column("rpe", .integer).notNull().check { $0 >= 1 && $0 <= 10 }
            t.column("recordedAt", .double).notNull()
        }
        try db.create(index: "sessionEffort_on_day", on: "sessionEffort", columns: ["day"])
        try db.create(table: "trimpConstantsSetting") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("constants", .text).notNull().check { ["standard", "alternative"].contains($0) }
            t.column("day", .text).notNull()
            t.column("recordedAt", .double).notNull()
        }
    }
}

extension LogMigrations {
    /// v10-workout-files: `workoutFile`, one row per file the last `plan --workouts DIR` export wrote for a
    /// day (`day` YYYY-MM-DD, `title` the planned session's title, `path` the file), so `runramp today` can
    /// name it. An export replaces the rows from its plan's first day on.
    static func v10WorkoutFiles(_ db: Database) throws {
        try db.create(table: "workoutFile") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("day", .text).notNull()
            t.column("title", .text).notNull()
            t.column("path", .text).notNull()
            t.column("exportedAt", .double).notNull()
        }
        try db.create(index: "workoutFileByDay", on: "workoutFile", columns: ["day"])
    }
}
