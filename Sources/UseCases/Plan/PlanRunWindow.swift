public import Foundation
public import Planner
public import RunModel
public import TrainingLog

/// The runs a plan is made from (docs/log.md, "Large logs"): not every run of the log, only the
/// window the planner's rules look at, read through the index on the start, and the older rows as
/// counts from SQLite. The rules look back at most 366 days from the first planned day (the
/// load ratios' year and the days already run), 8 weeks of totals with the 30 days before each,
/// and from the last run before a break its four weeks, 55 days of pace and the 30 days before
/// those weeks (57 days); a re-plan also reads the weeks of the plan it continues. The window
/// covers all of them with a margin for UTC offsets, so the plan is the one all runs give.
public struct PlanRunWindow: Sendable {
    /// Days before today the window always reaches (366 and a margin for UTC offsets).
    static let daysBeforeToday = 372
    /// Days before the last counted run the window reaches (57 and a margin).
    static let daysBeforeLastRun = 64

    /// The counted runs of the window, oldest first, and the rows of it left out as unusable.
    public var stored: StoredRuns
    /// The counted runs and other activities that started before the window.
    public var older: ActivityTally

    /// Reads the window of `log` a plan for `today` needs; `previousPlan` is the stored plan it continues.
    public static func read(_ log: LogDatabase, today: CalendarDay, previousPlan: PlanRecord?) throws
        -> PlanRunWindow
    {
        var from = today.adding(days: -daysBeforeToday)
        if let first = previousPlan?.weeks.first?.start { from = min(from, first.adding(days: -2)) }
        // A break: the last run before it (started two days before today, so on or before today
        // wherever it was run) sets how far back the plan looks.
        if let last = try log.lastCountedRunStart(before: today.adding(days: -1).startDate) {
            from = min(from, CalendarDay(last).adding(days: -daysBeforeLastRun))
        }
        let window = PlanRunWindow(
            stored: try log.countedRuns(since: from.startDate), older: try log.activityTally(before: from.startDate))
        // The last counted run read must be the log's last with its look-back inside the window;
        // when it is not (no run in the window, a damaged row found by SQLite), every run is read.
        guard let lastDay = window.stored.runs.last(where: { Self.isCounted($0, today: today) })?.localDay,
            lastDay.adding(days: -daysBeforeLastRun + 2) >= from
        else { return PlanRunWindow(stored: try log.countedRuns(since: nil), older: ActivityTally()) }
        return window
    }

    /// `plan` made from the window's runs, with the runs and activities before it counted in its figures.
    public func counting(_ plan: Plan) -> Plan {
        var plan = plan
        plan.history.runsCounted += older.runs
        plan.history.otherActivities += older.otherActivities
        return plan
    }

    /// A run the planner counts on `today`: a running sport with a distance, on or before today.
    private static func isCounted(_ run: Run, today: CalendarDay) -> Bool {
        run.sport.isRunning && run.distanceMeters.isFinite && run.distanceMeters > 0 && run.localDay <= today
    }
}
