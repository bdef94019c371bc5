import GRDB

extension LogDatabase {
    /// What SQLite's `PRAGMA integrity_check` finds wrong with the log file; empty when it is sound.
    ///
    /// Reads every page of the log, so it takes time in proportion to its size (about a second
    /// for a log of ten years of runs with their tracks).
    public func integrityProblems() throws -> [String] {
        let lines = try reading { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        return lines == ["ok"] ? [] : lines
    }
}
