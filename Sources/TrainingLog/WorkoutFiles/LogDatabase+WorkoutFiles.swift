import Foundation
import GRDB
public import RunModel

extension LogDatabase {
    /// Stores what a workout export wrote: every earlier record dated on or after `firstDay` (the exported plan's
    /// first day, from which the export replaced or removed RunRamp's files) is replaced by `records`, in one
    /// transaction. Earlier days keep theirs, as the export keeps their files.
    public func recordWorkoutFiles(_ records: [WorkoutFileRecord], from firstDay: CalendarDay) throws {
        try writing { db in
            try db.execute(sql: "DELETE FROM workoutFile WHERE day >= ?", arguments: [firstDay.description])
            for record in records {
                try db.execute(
                    sql: "INSERT INTO workoutFile (day, title, path, exportedAt) VALUES (?, ?, ?, ?)",
                    arguments: [
                        record.day.description, record.title, record.path, record.exportedAt.timeIntervalSince1970,
                    ])
            }
        }
    }

    /// The workout files recorded for `day`, in the order written (a damaged row is left out).
    public func workoutFiles(on day: CalendarDay) throws -> [WorkoutFileRecord] {
        try reading { db in
            try Row.fetchAll(
                db, sql: "SELECT day, title, path, exportedAt FROM workoutFile WHERE day = ? ORDER BY id",
                arguments: [day.description]
            ).compactMap { row in
                guard let text = try? row.decode(String.self, forColumn: "day"), let stored = CalendarDay(text),
                    let title = try? row.decode(String.self, forColumn: "title"),
                    let path = try? row.decode(String.self, forColumn: "path"),
                    let seconds = try? row.decode(Double.self, forColumn: "exportedAt"), seconds.isFinite
                else { return nil }
                return WorkoutFileRecord(
                    day: stored, title: title, path: path, exportedAt: Date(timeIntervalSince1970: seconds))
            }
        }
    }
}
