import GRDB

/// The log's schema history. Migrations only ever get appended: the log is the runner's history,
/// so the schema is never erased. `LogSchema.prepare` applies the missing ones in one transaction
/// and records them in GRDB's `grdb_migrations` table; `PRAGMA user_version` is their count.
enum LogMigrations {
    /// Every migration in order; append one line per schema change (never remove or rename one:
    /// an identifier this list does not hold marks a log written by a newer runramp).
    static let all: [(identifier: String, migrate: @Sendable (Database) throws -> Void)] = [
        ("v1", v1),
        ("v2-calendar-exports", v2CalendarExports),  // Sources/TrainingLog/CalendarExports.swift
        ("v3-calendar-cancellations", v3CalendarCancellations),  // Sources/TrainingLog/CalendarExports.swift
        ("v5-exports", v5Exports),
        ("v7-living-checkins", v7LivingCheckIns),  // Sources/TrainingLog/Storage/LivingMigrations.swift
        ("v7-living-plans", v7LivingPlans),
        ("v7-living-run-corrections", v7LivingRunCorrections),
        ("v7-living-calendar-files", v7LivingCalendarFiles),
        ("v8-heart-rate-settings", v8HeartRateSettings),  // Sources/TrainingLog/Storage/SettingsMigrations.swift
        ("v9-watch-settings-and-effort", v9WatchSettingsAndEffort),
        ("v10-workout-files", v10WorkoutFiles),
    ]

    /// v1: runs (summary columns + compact sample blob) and source files (content hash → outcome).
    ///
    /// `run.samples` is the binary format of `SampleCoding` (see Storage/SampleCoding.swift);
    /// `run.laps` is JSON. Times are Unix seconds (REAL). `sourceFile.outcome` is one of
    /// imported / duplicate / notActivity / failed; `sourceFile.runID` is the run a file produced
    /// (imported) or the stored run it duplicates (duplicate).
    static func v1(_ db: Database) throws {
        try db.create(table: "run") { t in
            t.primaryKey("id", .text)
            t.column("name", .text)
            t.column("sport", .text).notNull()
            t.column("startTime", .double).notNull()
            t.column("utcOffsetSeconds", .integer)
            t.column("elapsedSeconds", .double).notNull()
            t.column("movingSeconds", .double).notNull()
            t.column("distanceMeters", .double).notNull()
            t.column("elevationGainMeters", .double)
            t.column("elevationLossMeters", .double)
            t.column("averageHeartRate", .double)
            t.column("maxHeartRate", .double)
            t.column("averageCadence", .double)
            t.column("sourcePath", .text).notNull()
            t.column("sourceFormat", .text).notNull()
            t.column("sourceHash", .text).notNull()
            t.column("device", .text)
            t.column("richness", .integer).notNull()
            t.column("sampleCount", .integer).notNull()
            t.column("laps", .blob).notNull()
            t.column("samples", .blob).notNull()
            t.column("importedAt", .double).notNull()
        }
        try db.create(index: "run_on_startTime", on: "run", columns: ["startTime"])
        try db.create(table: "sourceFile") { t in
            t.primaryKey("contentHash", .text)
            t.column("path", .text).notNull()
            t.column("size", .integer)
            t.column("modifiedAt", .double)
            t.column("outcome", .text).notNull()
                .check { ["imported", "duplicate", "notActivity", "failed"].contains($0) }
            t.column("runID", .text).references("run", onDelete: .setNull)
            t.column("detail", .text)
            t.column("recordedAt", .double).notNull()
        }
        try db.create(index: "sourceFile_on_path", on: "sourceFile", columns: ["path"])
        try db.create(index: "sourceFile_on_runID", on: "sourceFile", columns: ["runID"])
    }

    /// v5-exports: no table changes. `run.sourceFormat` may now be "appleHealth" (a workout of an
    /// Apple Health export) and `run.sourcePath` "file#2" (the second activity of a multi-activity
    /// file); recorded as a migration so a RunRamp that predates them refuses the log instead of
    /// reading those runs as damaged.
    static func v5Exports(_ db: Database) throws {}
}
