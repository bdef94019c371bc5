import RunModel

/// Which weekdays of one running week take the runs (docs/planning-rules.md, "Run days"): the long-run day first,
/// then the available day farthest from those chosen, held to two rules on real dates, runs already done and
/// planned included: no more days in a row than the runner's own last four weeks ran, and — in return and hold
/// plans — no runs on consecutive days.
struct RunDays: Sendable {
    /// Weekdays a run may go on: available, never the day after the long run.
    let candidates: [Weekday]
    let longDay: Weekday
    /// No two runs on consecutive days (return and hold plans).
    let spacedOut: Bool
    /// The most days in a row with a run.
    let maxStreak: Int
    /// The most candidates of which no two are consecutive (Sunday–Monday included).
    let mostSpacedOut: Int

    init(candidates: [Weekday], longDay: Weekday, spacedOut: Bool, maxStreak: Int) {
        self.candidates = candidates
        self.longDay = longDay
        self.spacedOut = spacedOut
        self.maxStreak = maxStreak
        self.mostSpacedOut = DayLayout.nonConsecutive(count: 7, candidates: candidates, preferred: longDay).count
    }

    /// The streak limit when the last four weeks hold no run.
    static let defaultMaxStreak = 5

    /// The longest streak of days in a row with a run among the runs of the 28 days up to `today`; 5 without any.
    static func ownStreak(history: RunHistory) -> Int {
        let days = Set(
            history.entries(from: history.today.adding(days: -27), to: history.today.adding(days: 1)).map(\.day))
        let longest = streak(through: Array(days), in: days)
        return longest > 0 ? longest : defaultMaxStreak
    }

    /// The longest streak of consecutive days in `days` that passes through one of `through`.
    static func streak(through: [CalendarDay], in days: Set<CalendarDay>) -> Int {
        var longest = 0
        for day in through where days.contains(day) {
            var first = day
            while days.contains(first.adding(days: -1)) { first = first.adding(days: -1) }
            var last = day
            while days.contains(last.adding(days: 1)) { last = last.adding(days: 1) }
            longest = max(longest, first.days(to: last) + 1)
        }
        return longest
    }

    /// The pattern for `count` runs: the greedy spread when it keeps the rules, otherwise the pattern that keeps them
    /// with the long-run day, the widest spacing and the earliest days; nil when no pattern of `count` days does.
    /// `date` gives the date of a weekday's run this week (nil when that day takes no run); `busy` holds the days
    /// already run or planned. The pattern is taken to repeat the next week, so streaks over the weekend count.
    /// With `onlyOpen`, only weekdays that take a run this week are candidates (a whole week); otherwise the pattern is
    /// the whole week's and the days that take no run are left out later (the rest of this week).
    func pattern(count: Int, date: (Weekday) -> CalendarDay?, busy: Set<CalendarDay>, onlyOpen: Bool) -> [Weekday]? {
        guard count > 0 else { return [] }
        let candidates = onlyOpen ? candidates.filter { date($0) != nil } : candidates
        let greedy = DayLayout.spread(count: count, first: longDay, candidates: candidates)
        if greedy.count == count, keepsRules(greedy, date: date, busy: busy) { return greedy }
        var best: (days: [Weekday], gap: Int)?
        for mask in 1..<(1 << 7) {
            let days = Weekday.allCases.filter { mask & (1 << ($0.number - 1)) != 0 }
            guard days.count == count, days.allSatisfy(candidates.contains), keepsRules(days, date: date, busy: busy)
            else { continue }
            let gap = Self.smallestGap(days)
            guard let current = best else {
                best = (days, gap)
                continue
            }
            if (days.contains(longDay) ? 1 : 0, gap) > (current.days.contains(longDay) ? 1 : 0, current.gap) {
                best = (days, gap)
            }
        }
        return best.map { days in [longDay].filter(days.days.contains) + days.days.filter { $0 != longDay } }
    }

    /// True when runs on `days` keep the streak limit and, when spaced out, leave a day between runs (unless the
    /// week has no room for that many runs on separate days: two runs on a weekend-only week).
    func keepsRules(_ days: [Weekday], date: (Weekday) -> CalendarDay?, busy: Set<CalendarDay>) -> Bool {
        let dates = days.compactMap(date)
        let all = busy.union(dates).union(dates.map { $0.adding(days: 7) })
        if spacedOut, days.count <= mostSpacedOut,
            dates.contains(where: { all.contains($0.adding(days: -1)) || all.contains($0.adding(days: 1)) })
        {
            return false
        }
        return Self.streak(through: dates, in: all) <= maxStreak
    }

    /// The smallest circular distance between two of `days` (7 for one day).
    static func smallestGap(_ days: [Weekday]) -> Int {
        var gap = 7
        for (i, a) in days.enumerated() {
            for b in days.dropFirst(i + 1) { gap = min(gap, DayLayout.circularDistance(a, b)) }
        }
        return gap
    }
}
