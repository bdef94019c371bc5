public import Foundation
public import Planner
public import RunModel
public import TrainingLog

/// What a runner asks for when they plan (docs/weekly-loop.md): the day, the options, today's
/// check-in if any, and whether the plan is to be remembered.
public struct PlanRequest: Sendable {
    public var today: CalendarDay
    public var options: PlanOptions
    /// Today's check-in, stored before planning (nil: none given).
    public var checkIn: CheckIn?
    /// Remember the plan in the log (false with `--dry-run`).
    public var remembers: Bool

    public init(today: CalendarDay, options: PlanOptions, checkIn: CheckIn? = nil, remembers: Bool = true) {
        self.today = today
        self.options = options
        self.checkIn = checkIn
        self.remembers = remembers
    }
}

/// A plan made from the log: the plan, the review of last week it opens with, whether it was
/// remembered, and the stored rows left out of the runs.
public struct PlanMade: Sendable {
    /// Why a plan was or was not remembered.
    public enum Memory: Sendable, Hashable {
        case remembered
        /// `--dry-run`: the runner asked not to.
        case dryRun
        /// The log could not be written (opened read-only).
        case readOnlyLog
    }

    public var plan: Plan
    /// Last week against the plan stored for it (nil when no stored plan covered it).
    public var lastWeek: WeekReview?
    public var memory: Memory
    /// One error per stored run row left out as unusable.
    public var skippedRows: [LogError]
}

/// Making and remembering a plan (docs/weekly-loop.md): today's check-in stored, the check-ins and
/// the stored plans read, the plan made, last week reviewed, the plan remembered.
public enum PlanAndRemember {
    /// Whether a plan is remembered: only one written to a file (a plan printed to the terminal is a
    /// preview).
    public static func remembers(writesFile: Bool, dryRun: Bool) -> Bool { writesFile && !dryRun }

    /// Makes the plan of `request` from `log`; `isReadOnly` says the log cannot be written.
    public static func make(_ request: PlanRequest, log: LogDatabase, isReadOnly: Bool = false, now: Date) throws
        -> PlanMade
    {
        let loop = LoopLog(log: log)
        var options = request.options
        if let checkIn = request.checkIn { try loop.record(checkIn, now: now) }
        options.checkIns = try loop.checkIns()
        let storedPlans = try loop.plans(madeOnOrBefore: request.today)
        options.previousPlan = storedPlans.last
        let stored = try log.storedCountedRuns(since: nil)
        let plan = makePlan(runs: stored.runs, today: request.today, options: options)
        let lastMonday = request.today.monday.adding(days: -7)
        let review = WeekReview(weekStart: lastMonday, plans: storedPlans, runs: stored.runs, units: options.units)
        let memory: PlanMade.Memory
        if !request.remembers {
            memory = .dryRun
        } else if isReadOnly {
            memory = .readOnlyLog
        } else {
            try loop.record(plan, now: now)
            memory = .remembered
        }
        return PlanMade(
            plan: plan, lastWeek: review.planMadeOn == nil ? nil : review, memory: memory, skippedRows: stored.skipped)
    }
}
