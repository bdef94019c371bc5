public import RunModel

/// Plans the next weeks from the running history (planner.md R1–R11). Pure and deterministic: no clock, no I/O.
///
/// - Parameters:
///   - runs: the training log; only running sports count, activities after `today` are ignored.
///   - today: the runner's current local date.
///   - options: days, long-run day, ceiling, units, length, start and the pain check-in.
public func makePlan(runs: [Run], today: CalendarDay, options: PlanOptions) -> Plan {
    var options = options.normalized
    let history = RunHistory(runs: runs, today: today)
    let naturalStart = today.adding(days: (8 - today.isoWeekday) % 7)
    let figures = history.figures(planStart: naturalStart)
    // The stored check-ins and plan (docs/weekly-loop.md): Planner/CheckIns and Planner/Continuation.
    let pain = PainHistory.state(of: options.checkIns, today: today)
    if !options.checkIns.isEmpty { (options.backPain, options.symptoms) = pain.effectivePain }
    var mode = ModeSelection.mode(history: figures, options: options)
    var builderFigures = figures
    if let restart = pain.returnFigures(figures, mode: mode, history: history, today: today) {
        (mode, builderFigures) = (.return, restart)
    }
    var builder = PlanBuilder(history: history, figures: builderFigures, mode: mode, options: options, start: naturalStart)
    builder.attachContinuation(previous: options.previousPlan, history: history, today: today)
    var weeks = builder.weeks()
    let advisories = Advisories.make(mode: mode, figures: builderFigures, options: options, weeks: weeks)
        + PainAdvisories.make(
            state: pain, mode: mode, backPain: options.backPain, today: today, hasCheckIns: !options.checkIns.isEmpty)

    // --start postpones the plan: the same weeks, moved to the first Monday on or after the chosen day.
    if let requested = options.start, requested > naturalStart {
        let shift = naturalStart.days(to: requested.adding(days: (8 - requested.isoWeekday) % 7))
        weeks = weeks.map { $0.shifted(by: shift) }
    }
    return Plan(mode: mode, today: today, history: figures, weeks: weeks, advisories: advisories, options: options)
}

extension PlanWeek {
    /// The same week `days` days later.
    func shifted(by days: Int) -> PlanWeek {
        var copy = self
        copy.start = start.adding(days: days)
        copy.days = self.days.map { PlanDay(date: $0.date.adding(days: days), sessions: $0.sessions) }
        return copy
    }
}
