public import Foundation
public import Planner
import Render
public import RunModel
public import TrainingLog

/// What the weekly loop keeps in the training log (docs/weekly-loop.md): the check-ins and the plans
/// made. Check-ins cross as one type (`CheckIn`, RunModel); plans as `PlanRecord` ⇄ stored JSON.
public struct LoopLog: Sendable {
    public let log: LogDatabase

    public init(log: LogDatabase) { self.log = log }

    /// Stores a check-in.
    public func record(_ checkIn: CheckIn, now: Date) throws {
        try log.recordCheckIn(checkIn, recordedAt: now)
    }

    /// Every stored check-in, in the order the rule reads them (`LogDatabase.checkIns`).
    public func checkIns() throws -> [CheckIn] {
        try log.checkIns()
    }

    /// The stored plans made on or before `day`, oldest first. A plan whose record this version
    /// cannot read (a newer schema) is left out: a re-plan then starts afresh.
    public func plans(madeOnOrBefore day: CalendarDay) throws -> [PlanRecord] {
        try log.storedPlans(madeOnOrBefore: day).compactMap { stored in
            guard let record = try? JSONDecoder().decode(PlanRecord.self, from: stored.body),
                record.schema <= PlanRecord.currentSchema
            else { return nil }
            return record
        }
    }

    /// Stores a plan that was made.
    public func record(_ plan: Plan, now: Date) throws {
        try record(PlanRecord(plan) { SessionText.title($0, units: plan.units) }, now: now)
    }

    /// Stores a plan record.
    public func record(_ record: PlanRecord, now: Date) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try log.recordPlan(
            StoredPlan(
                madeOn: record.madeOn, firstDay: record.firstDay, lastDay: record.lastDay,
                body: try encoder.encode(record), recordedAt: now))
    }

    /// The review of the week starting on `monday`, from the stored plans made by `today`.
    public func review(weekStartingOn monday: CalendarDay, today: CalendarDay, units: DistanceUnit, runs: [Run]) throws
        -> WeekReview
    {
        WeekReview(weekStart: monday, plans: try plans(madeOnOrBefore: today), runs: runs, units: units)
    }

    /// The review of the week starting on `monday` from only the runs it looks at (ReviewRunWindow), and the
    /// stored rows among those left out as unusable.
    public func review(weekStartingOn monday: CalendarDay, today: CalendarDay, units: DistanceUnit) throws
        -> (review: WeekReview, skipped: [LogError])
    {
        let stored = try ReviewRunWindow.read(log, weekStartingOn: monday)
        return (try review(weekStartingOn: monday, today: today, units: units, runs: stored.runs), stored.skipped)
    }
}
