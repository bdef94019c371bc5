public import Foundation
import GRDB
public import RunModel

extension LogDatabase {
    /// Stores a check-in (the answers by their raw values: "mild", "numbness,tingling") recorded at `recordedAt`.
    public func recordCheckIn(_ checkIn: CheckIn, recordedAt: Date) throws {
        try writing { db in
            try db.execute(
                sql: "INSERT INTO checkIn (day, backPain, symptoms, isCleared, recordedAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    checkIn.day.description, checkIn.backPain.rawValue,
                    checkIn.symptoms.sorted().map(\.rawValue).joined(separator: ","), checkIn.isCleared,
                    recordedAt.timeIntervalSince1970,
                ])
        }
    }

    /// Every check-in, by day and then in the order recorded. A row with a damaged day or flag is
    /// left out (docs/log.md: it never stops the plan); an answer this version does not know throws
    /// `corruptRow` naming the check-in, so a check-in is never silently read as another answer.
    public func checkIns() throws -> [CheckIn] {
        let path = writer.path
        return try reading { db in
            try Row.fetchAll(
                db, sql: "SELECT id, day, backPain, symptoms, isCleared, recordedAt FROM checkIn ORDER BY day, id"
            )
            .compactMap { row in
                let id = (try? row.decode(Int64.self, forColumn: "id")) ?? 0
                let checked = CheckedRow(row: row, identity: .checkIn(id), databasePath: path)
                func unknown(_ column: String) -> LogError {
                    LogError(.corruptRow(.checkIn(id), column: column), path: path)
                }
                guard let day = try? checked.day("day"), let isCleared = try? checked.value("isCleared", as: Bool.self),
                    (try? checked.date("recordedAt")) != nil,
                    let painText = try? checked.value("backPain", as: String.self),
                    let symptomText = try? checked.value("symptoms", as: String.self)
                else { return nil }
                guard let pain = BackPain(rawValue: painText) else { throw unknown("backPain") }
                var symptoms = Set<Symptom>()
                for name in symptomText.split(separator: ",") {
                    guard let symptom = Symptom(rawValue: String(name)) else { throw unknown("symptoms") }
                    symptoms.insert(symptom)
                }
                return CheckIn(day: day, backPain: pain, symptoms: symptoms, isCleared: isCleared)
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
