import RunModel

/// A return after a break that is still under way (docs/planning-rules.md, "A return under way"): the runner's last
/// stored plan was a return plan that reaches this one, and they have run since the break. The return's own figures —
/// P (the four weeks before the break), the break's length, and how many weeks of the return are behind — carry the
/// ramp on (half, three quarters, then +10 % a week). Without them the few kilometres run since the break would be
/// all the history there is, and a runner with a base would be sent back to Couch-to-5K.
struct ReturnUnderWay: Sendable, Hashable {
    /// The break as the return plan measured it: days from the last run before it to the first run back.
    let gapDays: Int
    /// P: the mean week of the four weeks up to the last run before the break.
    let weekAverageBeforeBreakMeters: Double
    /// The longest run of the 30 days up to the last run before the break.
    let longestRunBeforeBreakMeters: Double
    /// The first run after the break.
    let firstRunBack: CalendarDay
    /// Whole weeks of the return behind this plan's week 1: from the Monday of the first run back.
    let weeksBehind: Int

    /// How far back a break may have ended for its return to be under way.
    static let lookBackDays = 12 * 7

    /// The return under way at `firstDay`, or nil: no stored return plan reaching it, no run since a break of 11 days
    /// or more within the look-back, a break that is not over (the runner has not run since), or one from under 5 km
    /// a week or from less than the runner's last four weeks now.
    init?(history: RunHistory, previous: PlanRecord?, firstDay: CalendarDay, firstMonday: CalendarDay) {
        guard let previous, previous.mode == .return, let last = previous.lastDay, last.adding(days: 7) >= firstDay
        else { return nil }
        let runs = history.entries(from: firstDay.adding(days: -Self.lookBackDays - 120), to: firstDay)
        guard let lastRun = runs.last, lastRun.day.days(to: firstDay) < 11 else { return nil }
        var index = runs.endIndex - 1
        while index > runs.startIndex, runs[index - 1].day.days(to: runs[index].day) < 11 { index -= 1 }
        guard index > runs.startIndex else { return nil }
        let before = runs[index - 1]
        let back = runs[index]
        guard back.day.days(to: firstDay) <= Self.lookBackDays else { return nil }
        // Only a break from a base the runner is not back to yet: at least 5 km a week before it, and more than the last
        // four weeks now (a missed week inside a return, or after it, is not the break the return is from).
        let p = history.weekAverageBeforeBreak(lastRun: before.day)
        let now =
            (1...4).map { history.weekTotal(startingOn: firstMonday.adding(days: -7 * $0)).meters }.reduce(0, +) / 4
        guard p >= 5000, p > now else { return nil }
        gapDays = before.day.days(to: back.day)
        weekAverageBeforeBreakMeters = p
        longestRunBeforeBreakMeters = history.longestRun(before: before.day.adding(days: 1))
        firstRunBack = back.day
        weeksBehind = max(0, back.day.monday.days(to: firstMonday) / 7)
    }
}
