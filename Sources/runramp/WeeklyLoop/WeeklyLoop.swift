import Foundation
import Planner
import Render
import RunModel
import TrainingLog

/// The weekly-loop use case (docs/weekly-loop.md): check-ins and plans kept in the log, and the
/// review of a week. The planner's rules and the log's storage meet here and nowhere else.
struct WeeklyLoop {
    let log: LogDatabase

    /// Stores a check-in.
    func record(_ checkIn: CheckIn, now: Date) throws {
        try log.recordCheckIn(
            CheckInRecord(
                day: checkIn.day, backPain: checkIn.backPain.rawValue,
                symptoms: checkIn.symptoms.map(\.rawValue).sorted(),
                isCleared: checkIn.isCleared, recordedAt: now))
    }

    /// Every stored check-in, in the order the rule reads them.
    func checkIns() throws -> [CheckIn] {
        try log.checkIns().map { record in
            guard let pain = BackPain(rawValue: record.backPain) else {
                throw LogError(.corruptRow(runID: "check-in \(record.id ?? 0)", column: "backPain"), path: log.path)
            }
            var symptoms = Set<Symptom>()
            for name in record.symptoms {
                guard let symptom = Symptom(rawValue: name) else {
                    throw LogError(.corruptRow(runID: "check-in \(record.id ?? 0)", column: "symptoms"), path: log.path)
                }
                symptoms.insert(symptom)
            }
            return CheckIn(day: record.day, backPain: pain, symptoms: symptoms, isCleared: record.isCleared)
        }
    }

    /// The stored plans made on or before `day`, oldest first. A plan whose record this version
    /// cannot read (a newer schema) is left out: a re-plan then starts afresh.
    func plans(madeOnOrBefore day: CalendarDay) throws -> [PlanRecord] {
        try log.storedPlans(madeOnOrBefore: day).compactMap { stored in
            guard let record = try? JSONDecoder().decode(PlanRecord.self, from: stored.body),
                record.schema <= PlanRecord.currentSchema
            else { return nil }
            return record
        }
    }

    /// Stores the plan that was written.
    func record(_ plan: Plan, now: Date) throws {
        let record = PlanRecord(plan) { SessionText.title($0, units: plan.units) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try log.recordPlan(
            StoredPlan(
                madeOn: record.madeOn, firstDay: record.firstDay, lastDay: record.lastDay,
                body: try encoder.encode(record),
                recordedAt: now))
    }

    /// The review of the week starting on `monday`, from the stored plans made by `today`.
    func review(weekStartingOn monday: CalendarDay, today: CalendarDay, units: DistanceUnit) throws -> WeekReview {
        WeekReview(
            weekStart: monday, plans: try plans(madeOnOrBefore: today), runs: try log.countedRuns(since: nil).noted(),
            units: units)
    }
}
