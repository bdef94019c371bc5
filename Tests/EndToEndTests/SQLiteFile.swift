import CSQLite
import Foundation

/// Changes a log file behind runramp's back with the system SQLite C API (the tests of what runramp
/// does with a damaged or newer log), independent of the module that owns the log.
enum SQLiteFile {
    /// A failed SQLite call: the step and SQLite's message.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `sql` (one or more statements) on the database at `path`.
    static func execute(_ sql: String, at path: String) throws {
        try withDatabase(path) { db in
            var message: UnsafeMutablePointer<CChar>?
            guard sqlite3_exec(db, sql, nil, nil, &message) == SQLITE_OK else {
                defer { sqlite3_free(message) }
                throw Failure(description: "\(sql): \(message.map { String(cString: $0) } ?? "error")")
            }
        }
    }

    /// The first column of every row `sql` returns, as text.
    static func texts(_ sql: String, at path: String) throws -> [String] {
        try withDatabase(path) { db in
            var statement: OpaquePointer?
            guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else {
                throw Failure(description: "\(sql): \(String(cString: sqlite3_errmsg(db)))")
            }
            defer { sqlite3_finalize(statement) }
            var values: [String] = []
            while true {
                let step = sqlite3_step(statement)
                if step == SQLITE_DONE { return values }
                guard step == SQLITE_ROW else {
                    throw Failure(description: "\(sql): \(String(cString: sqlite3_errmsg(db)))")
                }
                values.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "")
            }
        }
    }

    /// `text` as an SQL string literal ('it''s').
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    private static func withDatabase<T>(_ path: String, _ body: (OpaquePointer?) throws -> T) throws -> T {
        var db: OpaquePointer?
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK else {
            defer { sqlite3_close(db) }
            throw Failure(description: "cannot open \(path): \(String(cString: sqlite3_errmsg(db)))")
        }
        defer { sqlite3_close(db) }
        return try body(db)
    }
}
