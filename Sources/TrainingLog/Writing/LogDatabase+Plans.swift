public import Foundation
import GRDB
public import RunModel

extension LogDatabase {
    /// Stores a plan that was written; returns it with its id.
    @discardableResult
    public func recordPlan(_ plan: StoredPlan) throws -> StoredPlan {
        try writing { db in
            try db.execute(
                sql: "INSERT INTO storedPlan (madeOn, firstDay, lastDay, body, recordedAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    plan.madeOn.description, plan.firstDay?.description, plan.lastDay?.description, plan.body,
                    plan.recordedAt.timeIntervalSince1970,
                ])
            var stored = plan
            stored.id = db.lastInsertedRowID
            return stored
        }
    }

    /// The stored plans made on or before `day` (all when nil), oldest first (by day, then as recorded).
    public func storedPlans(madeOnOrBefore day: CalendarDay? = nil) throws -> [StoredPlan] {
        let path = writer.path
        return try reading { db in
            try Row.fetchAll(
                db, sql: "SELECT id, madeOn, firstDay, lastDay, body, recordedAt FROM storedPlan WHERE madeOn <= ? ORDER BY madeOn, id",
                arguments: [day?.description ?? "9999-12-31"]
            ).map { row in
                let id: Int64 = row["id"]
                guard let madeOn = CalendarDay(row["madeOn"] as String) else {
                    throw LogError(.corruptRow(runID: "plan \(id)", column: "madeOn"), path: path)
                }
                return StoredPlan(
                    id: id, madeOn: madeOn, firstDay: (row["firstDay"] as String?).flatMap(CalendarDay.init),
                    lastDay: (row["lastDay"] as String?).flatMap(CalendarDay.init), body: row["body"],
                    recordedAt: Date(timeIntervalSince1970: row["recordedAt"]))
            }
        }
    }
}
