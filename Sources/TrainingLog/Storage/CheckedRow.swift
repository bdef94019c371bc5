import Foundation
import GRDB
import RunModel

/// A stored row read column by column with a check: a NULL where a value belongs, text where a
/// number belongs or a day that is no date throws `corruptRow` instead of trapping, so a damaged
/// row is skipped and never stops a command (docs/log.md).
struct CheckedRow {
    let row: Row
    /// Which row it is, for the error.
    let identity: LogRow
    /// The log's path, for the error.
    let databasePath: String

    func value<T: DatabaseValueConvertible>(_ column: String, as type: T.Type = T.self) throws -> T {
        do { return try row.decode(T.self, forColumn: column) } catch { throw corrupt(column) }
    }

    func optional<T: DatabaseValueConvertible>(_ column: String, as type: T.Type = T.self) throws -> T? {
        do { return try row.decode(T?.self, forColumn: column) } catch { throw corrupt(column) }
    }

    func day(_ column: String) throws -> CalendarDay {
        guard let day = CalendarDay(try value(column, as: String.self)) else { throw corrupt(column) }
        return day
    }

    func optionalDay(_ column: String) throws -> CalendarDay? {
        guard let text = try optional(column, as: String.self) else { return nil }
        guard let day = CalendarDay(text) else { throw corrupt(column) }
        return day
    }

    /// Seconds since 1970 stored as REAL, as a date (a non-finite value is damage).
    func date(_ column: String) throws -> Date {
        let seconds = try value(column, as: Double.self)
        guard seconds.isFinite else { throw corrupt(column) }
        return Date(timeIntervalSince1970: seconds)
    }

    private func corrupt(_ column: String) -> LogError {
        LogError(.corruptRow(identity, column: column), path: databasePath)
    }
}
