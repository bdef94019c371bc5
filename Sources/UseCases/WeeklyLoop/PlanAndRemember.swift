public import Foundation
public import Planner
import Render
public import RunModel
public import TrainingLog

/// What the runner said about their weekly goal (`--goal`; docs/weekly-loop.md, "A goal").
public enum GoalChoice: Sendable, Hashable {
    /// No `--goal`: the goal of the last stored plan, if any, stands.
    case keep
    /// `--goal 35km`: ramp to this weekly distance in metres and stay there.
    case set(meters: Double)
    /// `--goal none`: no goal from this plan on.
    case clear
}

/// What a runner asks for when they plan (docs/weekly-loop.md): the day, the options, today's
/// check-in if any, the goal, and whether this is a dry run. `PlanUseCase.Request` holds one, with
/// the files the plan goes to.
public struct PlanRequest: Sendable {
    public var today: CalendarDay
    public var options: PlanOptions
    /// Today's check-in, stored before planning (nil: none given).
    public var checkIn: CheckIn?
    /// `--dry-run`: make the plan without remembering it.
    public var dryRun: Bool
    /// The weekly goal: kept from the last stored plan, set, or cleared.
    public var goal: GoalChoice

    public init(
        today: CalendarDay, options: PlanOptions, checkIn: CheckIn? = nil, dryRun: Bool = false,
        goal: GoalChoice = .keep
    ) {
        self.today = today
        self.options = options
        self.checkIn = checkIn
        self.dryRun = dryRun
        self.goal = goal
    }

    /// Whether the plan is remembered: every plan made, printed or written, unless `--dry-run`.
    public var remembers: Bool { !dryRun }
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
    /// `record` with the planned runs of its first week before the day it was made taken from
    /// `earlier` (the plan stored before it): a mid-week re-plan keeps the week's earlier planned
    /// runs planned, so the review does not call them extra (docs/weekly-loop.md, "Re-planning").
    static func keepingEarlierRuns(of earlier: PlanRecord?, in record: PlanRecord) -> PlanRecord {
        guard let earlier, var first = record.weeks.first, first.start < record.madeOn,
            let old = earlier.week(startingOn: first.start)
        else { return record }
        let kept = old.sessions.filter { $0.day < record.madeOn && $0.day >= first.start }
        guard !kept.isEmpty else { return record }
        first.sessions = kept + first.sessions
        first.plannedMeters += kept.compactMap(\.distanceMeters).reduce(0, +)
        var result = record
        result.weeks[0] = first
        return result
    }

    /// The goal a plan is made with: the one asked for, or the latest stored plan's (a goal stays until changed).
    static func goal(_ choice: GoalChoice, stored plans: [PlanRecord]) -> Double? {
        switch choice {
        case .keep: plans.last?.goalMeters
        case .set(let meters): meters
        case .clear: nil
        }
    }

    /// Makes the plan of `request` from `log`; `isReadOnly` says the log cannot be written.
    public static func make(_ request: PlanRequest, log: LogDatabase, isReadOnly: Bool = false, now: Date) throws
        -> PlanMade
    {
        let loop = LoopLog(log: log)
        var options = request.options
        if let checkIn = request.checkIn { try loop.record(checkIn, now: now) }
        options.checkIns = try loop.checkIns()
        let storedPlans = try loop.plans(madeOnOrBefore: request.today)
        // A plan made earlier today is not continued: the same command on the same log and day gives
        // the same plan (docs/weekly-loop.md, "What is remembered").
        options.previousPlan = storedPlans.last { $0.madeOn < request.today }
        options.lastBuildPlan = storedPlans.last { $0.madeOn < request.today && $0.mode.carriesTheCycle }
        options.runWalkSessions = PlanRecord.runWalkSessions(storedPlans.filter { $0.madeOn < request.today })
        options.goalMeters = Self.goal(request.goal, stored: storedPlans)
        // Only the runs the rules look at, the older ones counted in SQLite (PlanRunWindow).
        let window = try PlanRunWindow.read(log, today: request.today, previousPlan: options.previousPlan)
        let stored = window.stored
        let plan = window.counting(makePlan(runs: stored.runs, today: request.today, options: options))
        let lastMonday = request.today.monday.adding(days: -7)
        let review = WeekReview(weekStart: lastMonday, plans: storedPlans, runs: stored.runs, units: options.units)
            .namingNextWeek(from: plan)
        let memory: PlanMade.Memory
        if !request.remembers {
            memory = .dryRun
        } else if isReadOnly {
            memory = .readOnlyLog
        } else {
            do {
                try loop.record(
                    Self.keepingEarlierRuns(
                        of: storedPlans.last, in: PlanRecord(plan) { SessionText.title($0, units: plan.units) }),
                    now: now)
                memory = .remembered
            } catch let error as LogError {
                guard case .readOnly = error.reason else { throw error }
                memory = .readOnlyLog
            }
        }
        return PlanMade(
            plan: plan, lastWeek: review.planMadeOn == nil ? nil : review, memory: memory, skippedRows: stored.skipped)
    }
}
