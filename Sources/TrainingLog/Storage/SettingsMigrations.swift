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
