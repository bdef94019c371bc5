import RunModel

// The hooks by which a plan continues the stored one (PlanContinuation) and carries the
// back-care week count on.
extension PlanBuilder {
    /// Days `--start` moves the weeks by (makePlan shifts them after building).
    var startShift: Int {
        guard let requested = options.start, requested > start else { return 0 }
        return start.days(to: requested.adding(days: (8 - requested.isoWeekday) % 7))
    }

    /// The Monday week `index` has in the finished plan.
    func plannedMonday(_ index: Int) -> CalendarDay { weekStart(index).adding(days: startShift) }

    /// Continues `previous` when its last finished week was done as planned, and counts the runs
    /// that fulfilled its planned runs at their planned distance for the single-run cap.
    mutating func attachContinuation(previous: PlanRecord?, history: RunHistory, today: CalendarDay) {
        continuation = PlanContinuation(
            previous: previous, history: history, firstMonday: plannedMonday(1), weeks: options.weeks, units: units)
        for run in continuation?.fulfilledRuns ?? [] { tracker.record(day: run.day, meters: run.meters) }
    }

    /// Build and return targets raised to the continued ones; hold targets stay as they are.
    func continuedTargets(_ targets: WeeklyTargets, ceilingTenths: Int) -> WeeklyTargets {
        guard let continuation, mode == .build || mode == .return else { return targets }
        return continuation.targets(targets, mondays: (1...options.weeks).map(plannedMonday), ceilingTenths: ceilingTenths)
    }

    /// The back-care week number of week `index` (the stored plan's count carried on).
    func backCareWeek(_ index: Int) -> Int {
        PlanContinuation.backCareWeek(for: plannedMonday(index), index: index, previous: options.previousPlan)
    }
}
