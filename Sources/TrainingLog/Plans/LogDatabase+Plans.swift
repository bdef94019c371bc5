import Foundation
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
                db,
                sql:
                    "SELECT id, madeOn, firstDay, lastDay, body, recordedAt FROM storedPlan WHERE madeOn <= ? ORDER BY madeOn, id",
                arguments: [day?.description ?? "9999-12-31"]
            ).compactMap { row in
                // A damaged row is left out (docs/log.md): the next plan then continues an older one.
                let id = (try? row.decode(Int64.self, forColumn: "id")) ?? 0
                let checked = CheckedRow(row: row, identity: .plan(id), databasePath: path)
                return try? StoredPlan(
                    id: id, madeOn: checked.day("madeOn"), firstDay: checked.optionalDay("firstDay"),
                    lastDay: checked.optionalDay("lastDay"), body: checked.value("body"),
                    recordedAt: checked.date("recordedAt"))
            }
        }
    }
}
