import RunModel

// The hooks by which a plan continues the stored one (PlanContinuation) and carries the
// back-care week count on.
extension PlanBuilder {
    /// Continues `previous` when its last finished week was done as planned.
    mutating func attachContinuation(previous: PlanRecord?, history: RunHistory) {
        continuation = PlanContinuation(
            previous: previous, history: history, firstMonday: dates.firstMonday, weeks: options.weeks, units: units)
    }

    /// Build and return targets raised to the continued ones; hold targets stay as they are. A raised week 1 is
    /// held to the growth rule against the stored plan's last full week (docs/weekly-loop.md, "Re-planning").
    func continuedTargets(_ targets: WeeklyTargets, ceilingTenths: Int) -> WeeklyTargets {
        guard let continuation, mode == .build || mode == .return else { return targets }
        return continuation.targets(
            targets, mondays: (1...options.weeks).map(dates.monday(ofWeek:)), ceilingTenths: ceilingTenths,
            historyTenths: units.floorTenths(figures.lastFourWeeksMeters[0]), isBuild: mode == .build,
            wholeWeekTargets: runnableDayCount <= 2)
    }

    /// Week 0's target raised to what the stored plan had for this week (held to `ceilingTenths`).
    func continuedThisWeek(_ target: Int, ceilingTenths: Int) -> Int {
        guard let continuation, mode == .build || mode == .return else { return target }
        return max(target, min(continuation.targetTenths(monday: dates.monday(ofWeek: 0)) ?? 0, ceilingTenths))
    }

    /// The back-care week number of week `index` (the stored plan's count carried on).
    func backCareWeek(_ index: Int) -> Int {
        PlanContinuation.backCareWeek(for: dates.monday(ofWeek: index), index: index, previous: options.previousPlan)
    }
}
