import GRDB

/// Where a log's schema stands against the migrations this build of runramp knows.
enum LogSchema {
    /// What opening a log found.
    enum State: Equatable {
        /// Every known migration is applied and nothing newer: the log can be read and written as is.
        case current
        /// Some known migrations are missing (a new log, or one written by an older runramp).
        case needsUpgrade
        /// Written by a newer runramp: `unknown` migrations, or a `user_version` above ours.
        case newer(unknown: [String], userVersion: Int)
    }

    /// The `user_version` this build writes: the number of migrations it knows. A log whose
    /// `user_version` is higher was written by a newer runramp.
    static var userVersion: Int { LogMigrations.all.count }

    /// The log's state, read inside whatever transaction `db` is in.
    static func state(_ db: Database) throws -> State {
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        var applied: Set<String> = []
        if try db.tableExists("grdb_migrations") {
            applied = try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        let known = Set(LogMigrations.all.map(\.identifier))
        let unknown = applied.subtracting(known).sorted()
        if !unknown.isEmpty || version > userVersion { return .newer(unknown: unknown, userVersion: version) }
        return applied == known ? .current : .needsUpgrade
    }

    /// Brings the log up to date in ONE immediate transaction: the schema check and every missing
    /// migration happen under SQLite's own write lock, so two processes opening a new log at once
    /// cannot both migrate it, a killed process leaves the schema as it was, and a newer log is
    /// refused before anything is written (throws `LogError.Reason.newerLog`).
    ///
    /// No other file descriptor of the log is ever opened: closing one would drop SQLite's POSIX
    /// locks held by this process (see docs/log.md, "Concurrent use").
    ///
    /// The migrations' identifiers go into GRDB's `grdb_migrations` table, as `DatabaseMigrator`
    /// writes them. Foreign keys are off while the schema changes (a table rebuilt by a migration
    /// must not cascade deletes) and checked with `PRAGMA foreign_key_check` before the commit.
    static func prepare(_ writer: any DatabaseWriter) throws {
        let path = writer.path
        try writer.barrierWriteWithoutTransaction { db in
            // Cheap check first, without the write lock: a current log (the usual case) costs one read.
            var found = State.current
            try db.inTransaction(.deferred) {
                found = try checkedState(db, path: path)
                return .commit
            }
            if found == .current { return }
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            // Checked again under the write lock: another process may have upgraded it meanwhile.
            try db.inTransaction(.immediate) {
                if try checkedState(db, path: path) == .needsUpgrade { try migrate(db, path: path) }
                return .commit
            }
        }
    }

    /// The state, read inside whatever transaction `db` is in; throws `newerLog` for a newer log.
    static func checkedState(_ db: Database, path: String) throws -> State {
        let found = try state(db)
        if case .newer(let unknown, let version) = found {
            throw LogError(.newerLog(unknownMigrations: unknown, userVersion: version), path: path)
        }
        return found
    }

    private static func migrate(_ db: Database, path: String) throws {
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        let applied = try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
        for migration in LogMigrations.all where !applied.contains(migration.identifier) {
            try migration.migrate(db)
            try db.execute(
                sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.identifier])
        }
        let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        if let first = violations.first {
            let table = (try? first.decode(String.self, atIndex: 0)) ?? "?"
            throw LogError(.brokenForeignKey(table: table), path: path)
        }
        try db.execute(sql: "PRAGMA user_version = \(userVersion)")
    }
}
