import Foundation
import GRDB
import RunModel

extension LogDatabase {
    /// Stores a session effort; returns it with its id. An effort outside 1–10 is refused by the
    /// log's own check (`LogError`); callers check it first and say so in words.
    @discardableResult
    public func recordSessionEffort(_ effort: SessionEffortRecord) throws -> SessionEffortRecord {
        try writing { db in
            try db.execute(
                sql: "INSERT INTO sessionEffort (day, runID, rpe, recordedAt) VALUES (?, ?, ?, ?)",
                arguments: [effort.day.description, effort.runID, effort.rpe, effort.recordedAt.timeIntervalSince1970])
            var stored = effort
            stored.id = db.lastInsertedRowID
            return stored
        }
    }

    /// Every session effort in the order recorded (a damaged row is left out).
    public func sessionEfforts() throws -> [SessionEffortRecord] {
        let path = writer.path
        return try reading { db in
            try Row.fetchAll(db, sql: "SELECT id, day, runID, rpe, recordedAt FROM sessionEffort ORDER BY id")
                .compactMap { row in
                    let id = (try? row.decode(Int64.self, forColumn: "id")) ?? 0
                    let checked = CheckedRow(row: row, identity: .sessionEffort(id), databasePath: path)
                    guard let rpe = try? checked.value("rpe", as: Int.self), SessionEffortRecord.scale.contains(rpe)
                    else { return nil }
                    return try? SessionEffortRecord(
                        id: id, day: checked.day("day"), runID: checked.optional("runID"), rpe: rpe,
                        recordedAt: checked.date("recordedAt"))
                }
        }
    }
}
