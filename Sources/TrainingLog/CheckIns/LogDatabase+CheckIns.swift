import Foundation
import GRDB
import RunModel

extension LogDatabase {
    /// Stores a check-in; returns it with its id.
    @discardableResult
    public func recordCheckIn(_ checkIn: CheckInRecord) throws -> CheckInRecord {
        try writing { db in
            try db.execute(
                sql: "INSERT INTO checkIn (day, backPain, symptoms, isCleared, recordedAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    checkIn.day.description, checkIn.backPain, checkIn.symptoms.sorted().joined(separator: ","),
                    checkIn.isCleared, checkIn.recordedAt.timeIntervalSince1970,
                ])
            var stored = checkIn
            stored.id = db.lastInsertedRowID
            return stored
        }
    }

    /// Every check-in, by day and then in the order recorded.
    public func checkIns() throws -> [CheckInRecord] {
        let path = writer.path
        return try reading { db in
            // A damaged row is left out (docs/log.md): it never stops the plan.
            try Row.fetchAll(
                db, sql: "SELECT id, day, backPain, symptoms, isCleared, recordedAt FROM checkIn ORDER BY day, id"
            )
            .compactMap { row in
                let id = (try? row.decode(Int64.self, forColumn: "id")) ?? 0
                let checked = CheckedRow(row: row, identity: .checkIn(id), databasePath: path)
                return try? CheckInRecord(
                    id: id, day: checked.day("day"), backPain: checked.value("backPain"),
                    symptoms: checked.value("symptoms", as: String.self).split(separator: ",").map(String.init),
                    isCleared: checked.value("isCleared"), recordedAt: checked.date("recordedAt"))
            }
        }
    }

    /// Runs `body` in one write transaction, turning database failures into `LogError`.
    func writing<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(body)
        } catch let error as LogError {
            throw error
        } catch {
            throw LogError(error, path: writer.path)
        }
    }
}
