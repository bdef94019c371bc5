public import RunModel

/// Plans the next weeks from the running history by the rules of docs/planning-rules.md. Pure and deterministic:
/// no clock, no I/O.
///
/// - Parameters:
///   - runs: the training log; only running sports count, activities after `today` are ignored.
///   - today: the runner's current local date.
///   - options: days, long-run day, ceiling, units, length, start and the pain check-in.
public func makePlan(runs: [Run], today: CalendarDay, options: PlanOptions) -> Plan {
    var options = options.normalized
    let history = RunHistory(runs: runs, today: today)
    let dates = PlanDates(today: today, start: options.start)
    // "Where you are" as of today: L30 is the longest run of the 30 days up to and including today.
    var figures = history.figures(planStart: today.adding(days: 1))
    // The stored check-ins decide the pain level when there are any (docs/weekly-loop.md, "Check-ins").
    let pain = PainHistory.state(of: options.checkIns, today: today)
    if !options.checkIns.isEmpty { (options.backPain, options.symptoms) = pain.effectivePain }
    // Days without running at the first planned day: a later --start lengthens the break.
    var gap = history.lastRunDay.map { $0.days(to: dates.firstDay) }
    var mode = ModeSelection.mode(history: figures, options: options, gapDays: gap)
    // A lifted pause restarts as a return plan, its break counted from the pause.
    if let restart = pain.returnGap(gap, mode: mode, history: history, firstDay: dates.firstDay) {
        (mode, gap) = (.return, restart)
    }
    // A return after a break still under way goes on as a return, from the figures of the break; a new break during it
    // restarts it from the same base (Rules/ReturnUnderWay).
    var returnUnderWay =
        [.beginner, .build, .return].contains(mode)
        ? ReturnUnderWay(
            history: history, previous: options.previousPlan, firstDay: dates.firstDay,
            firstMonday: dates.monday(ofWeek: 1)
        ).flatMap { mode != .return || $0.restarts ? $0 : nil }
        : nil
    if let returnUnderWay {
        mode = .return
        gap = returnUnderWay.gapDays
        figures.weekAverageBeforeBreakMeters = returnUnderWay.weekAverageBeforeBreakMeters
        figures.longestRunBeforeBreakMeters = returnUnderWay.longestRunBeforeBreakMeters
    }
    var reason: Advisories.BeginnerReason? = mode == .beginner ? Advisories.BeginnerReason(gapDays: gap) : nil
    let entry = CouchToFiveK.entry(history: history, dates: dates, figures: figures, options: options)
    // The stored plan a re-plan continues (docs/weekly-loop.md, "Re-planning").
    func builder(_ mode: PlanMode) -> PlanBuilder {
        var builder = PlanBuilder(
            history: history, figures: figures, mode: mode, options: options, dates: dates, gapDays: gap)
        builder.attachContinuation(previous: options.previousPlan, history: history)
        builder.returnUnderWay = mode == .return ? returnUnderWay : nil
        return builder
    }
    var planner = builder(mode)
    var weeks = planner.weeks(beginnerEntry: entry.position)
    // A week too small for runs of 2 km and a long run of 3 km is a beginner week: Couch-to-5K instead.
    func isTooSmall() -> Bool {
        [.build, .return, .hold].contains(mode)
            && weeks.contains { week in
                week.index >= 1 && !planner.weeksCutByDoneRuns.contains(week.index)
                    && ModeSelection.isTooSmall(week, runDays: planner.runnableDayCount)
            }
    }
    // A runner with a base just back from a break (without a stored return plan) whose few runs since would make the
    // plan a beginner's gets a return plan from that break instead (docs/planning-rules.md, "Just back from a break").
    // Not with mild pain: a hold holds at what was done.
    var justBack = false
    if (mode == .beginner && gap.map { $0 < 11 } == true) || (mode == .build && isTooSmall()), returnUnderWay == nil,
        options.backPain != .mild,
        let back = ReturnUnderWay.justBack(
            history: history, firstDay: dates.firstDay, firstMonday: dates.monday(ofWeek: 1))
    {
        (mode, gap, returnUnderWay, reason, justBack) = (.return, back.gapDays, back, nil, true)
        figures.weekAverageBeforeBreakMeters = back.weekAverageBeforeBreakMeters
        figures.longestRunBeforeBreakMeters = back.longestRunBeforeBreakMeters
        planner = builder(mode)
        weeks = planner.weeks(beginnerEntry: entry.position)
    }
    if isTooSmall() {
        mode = .beginner
        reason = .weeksTooSmall
        planner = builder(mode)
        weeks = planner.weeks(beginnerEntry: entry.position)
    }
    let advisories =
        Advisories.make(
            mode: mode, figures: figures, options: options, weeks: weeks, gapDays: gap,
            beginner: reason.map { ($0, entry) },
            returnUnderWay: mode == .return && !justBack && returnUnderWay.map { !$0.restarts } == true,
            pattern: planner.pattern.map { ($0.days, planner.patternCuts) })
        + PainAdvisories.make(
            state: pain, mode: mode, backPain: options.backPain, today: today, hasCheckIns: !options.checkIns.isEmpty)
    return Plan(
        mode: mode, today: today, history: figures, weeks: weeks, advisories: advisories, options: options,
        lastFullWeekMeters: mode == .build ? planner.lastFullWeekMeters : nil)
}
