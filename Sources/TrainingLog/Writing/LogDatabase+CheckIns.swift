public import Foundation
import GRDB
public import RunModel

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
            try Row.fetchAll(db, sql: "SELECT id, day, backPain, symptoms, isCleared, recordedAt FROM checkIn ORDER BY day, id")
                .map { row in
                    let id: Int64 = row["id"]
                    guard let day = CalendarDay(row["day"] as String) else {
                        throw LogError(.corruptRow(runID: "check-in \(id)", column: "day"), path: path)
                    }
                    let symptoms: String = row["symptoms"]
                    return CheckInRecord(
                        id: id, day: day, backPain: row["backPain"],
                        symptoms: symptoms.split(separator: ",").map(String.init), isCleared: row["isCleared"],
                        recordedAt: Date(timeIntervalSince1970: row["recordedAt"]))
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
            throw LogError(.database(String(describing: error)), path: writer.path)
        }
    }
}
