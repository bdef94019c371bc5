public import RunModel

/// Plans the next weeks from the running history (docs/planning-rules.md). Pure and deterministic: no clock, no I/O.
///
/// - Parameters:
///   - runs: the training log; only running sports count, activities after `today` are ignored.
///   - today: the runner's current local date.
///   - options: days, long-run day, ceiling, units, length, start and the pain check-in.
public func makePlan(runs: [Run], today: CalendarDay, options: PlanOptions) -> Plan {
    let options = options.normalized
    let history = RunHistory(runs: runs, today: today)
    let naturalStart = today.adding(days: (8 - today.isoWeekday) % 7)
    let figures = history.figures(planStart: naturalStart)
    let mode = ModeSelection.mode(history: figures, options: options)
    var builder = PlanBuilder(history: history, figures: figures, mode: mode, options: options, start: naturalStart)
    var weeks = builder.weeks()
    let advisories = Advisories.make(mode: mode, figures: figures, options: options, weeks: weeks)

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
