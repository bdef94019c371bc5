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
    /// The first run after the break (nil when the runner has stopped again: the return restarts).
    let firstRunBack: CalendarDay?
    /// Whole weeks of the return behind this plan's week 1: from the Monday of the first run back (0 on a restart).
    let weeksBehind: Int
    /// True when the runner stopped again, 11 days or more, during the return: it restarts at half of the base the
    /// return is from, not of the few kilometres run since.
    let restarts: Bool

    /// How far back a break may have ended for its return to be under way.
    static let lookBackDays = 12 * 7
    /// How far back a break may have ended for a runner without a stored return plan to be just back from it.
    static let justBackDays = 14

    /// The return under way at `firstDay`, or nil: no stored return plan reaching it, no break of 11 days or more
    /// within the look-back, or none from a base the runner is not back to (at least 5 km a week before it, and more
    /// than the last four weeks now; a missed week inside a return, or after it, is not the break the return is from).
    /// The latest break gives the gap and the weeks behind; the base is the largest of the breaks whose last run is
    /// within 90 days, so a runner who stops again during the return (11 days or more since the last run: it
    /// restarts, or a break since) keeps the base the return is from, not the few kilometres run since.
    init?(history: RunHistory, previous: PlanRecord?, firstDay: CalendarDay, firstMonday: CalendarDay) {
        guard let previous, previous.mode == .return, let last = previous.lastDay, last.adding(days: 7) >= firstDay
        else { return nil }
        self.init(history: history, firstDay: firstDay, firstMonday: firstMonday, backWithin: Self.lookBackDays)
    }

    /// A runner without a stored return plan who ran again after a break from a base, the first run back within the
    /// last `justBackDays` days (docs/planning-rules.md, "Just back from a break"): nil otherwise, or when they have
    /// stopped again. The plan that would make such a runner a beginner is a return from that break instead.
    static func justBack(history: RunHistory, firstDay: CalendarDay, firstMonday: CalendarDay) -> ReturnUnderWay? {
        ReturnUnderWay(history: history, firstDay: firstDay, firstMonday: firstMonday, backWithin: justBackDays)
            .flatMap { $0.restarts ? nil : $0 }
    }

    /// The breaks of the history before `firstDay`, the latest ended within `backWithin` days, and its base.
    private init?(history: RunHistory, firstDay: CalendarDay, firstMonday: CalendarDay, backWithin: Int) {
        let runs = history.entries(from: firstDay.adding(days: -Self.lookBackDays - 120), to: firstDay)
        guard let lastRun = runs.last else { return nil }
        let restarts = lastRun.day.days(to: firstDay) >= 11
        // The breaks, latest first: the last run before each and the first run after it (none yet on a restart).
        var breaks: [(before: RunHistory.Entry, back: RunHistory.Entry?)] = restarts ? [(lastRun, nil)] : []
        for index in runs.indices.dropFirst().reversed()
        where runs[index - 1].day.days(to: runs[index].day) >= 11 {
            breaks.append((runs[index - 1], runs[index]))
        }
        guard let latest = breaks.first,
            (latest.back?.day ?? latest.before.day).days(to: firstDay) <= backWithin
        else { return nil }
        let now =
            (1...4).map { history.weekTotal(startingOn: firstMonday.adding(days: -7 * $0)).meters }.reduce(0, +) / 4
        let base = breaks.lazy.enumerated()
            .prefix { $0.offset == 0 || $0.element.before.day.days(to: firstDay) <= 90 }
            .map { (day: $0.element.before.day, p: history.weekAverageBeforeBreak(lastRun: $0.element.before.day)) }
            .filter { $0.p >= 5000 && $0.p > now }
            .max { $0.p < $1.p }
        guard let base else { return nil }
        gapDays = latest.before.day.days(to: latest.back?.day ?? firstDay)
        weekAverageBeforeBreakMeters = base.p
        longestRunBeforeBreakMeters = history.longestRun(before: base.day.adding(days: 1))
        firstRunBack = latest.back?.day
        weeksBehind = latest.back.map { max(0, $0.day.monday.days(to: firstMonday) / 7) } ?? 0
        self.restarts = restarts
    }
}
