import RunModel

/// One running week (docs/planning-rules.md, "Distribution", "Run days", "Single-run cap", "Planned totals"):
/// the runs of the week from its target and budget, held to the cap on their real dates, and back care around them.
extension PlanBuilder {
    /// The most a week may plan after a week of `previous` tenths: 1.10 × it, rounded up, plus 0.1 unit of slack.
    static func growthLimit(_ previous: Int) -> Int { Int((1.10 * Double(previous) - 1e-7).rounded(.up)) + 1 }

    /// The cap in tenths for a run on `date`: 1.10 × L30, on the tracker given.
    func capTenths(_ tracker: RunCapTracker, on date: CalendarDay, ignoringPlannedFrom: CalendarDay? = nil) -> Int {
        units.floorTenths(1.10 * tracker.capBase(before: date, ignoringPlannedFrom: ignoringPlannedFrom))
    }

    /// The week's runs before the cap is applied day by day: the long run min(cap, s × target), within the budget
    /// (what the week may plan after the week before); with two run days the other run at most half the long run
    /// (the week at most 1.5 × the long run); with more, the easy runs share the rest of the budget equally, each at
    /// most the long run, and a run the day before the long run at most half of it.
    func distribution(
        target: Int, budget: Int, days: [Weekday], hasLongRun: Bool, longCap: Int, continuedLong: Int? = nil
    ) -> (runs: [Weekday: Int], longLimitedByCap: Bool) {
        var runs: [Weekday: Int] = [:]
        let m = days.count
        guard m > 0, budget > 0 else { return ([:], false) }
        guard hasLongRun, days.contains(longDay) else {
            for day in days { runs[day] = budget / m }
            return (runs, false)
        }
        let share = WeeklyTargets.scaled(target, ModeSelection.longRunShare(runs: m))
        // A re-plan keeps at least the stored plan's long run, within the cap and the budget.
        let long = max(min(longCap, share, budget), min(continuedLong ?? 0, longCap, budget))
        runs[longDay] = long
        let easyDays = days.filter { $0 != longDay }
        let before = DayLayout.dayBefore(longDay)
        // The cap cost the week distance only when the easy runs could not take what it cut from the long run.
        let capped = longCap < share
        let lost = m == 1 || m == 2 ? capped : capped && (budget - long) / (m - 1) > long
        if m == 2 {
            for day in easyDays { runs[day] = min(budget - long, long / 2) }
        } else if m > 2 {
            let easy = min((budget - long) / (m - 1), long)
            // The run the day before the long run is at most half of it; the others share what that leaves.
            let dayBefore = easyDays.contains(before) ? min(easy, long / 2) : 0
            let others = easyDays.count - (easyDays.contains(before) ? 1 : 0)
            let rest = others > 0 ? min((budget - long - dayBefore) / others, long) : 0
            for day in easyDays { runs[day] = day == before ? dayBefore : rest }
        }
        return (runs, lost)
    }

    /// The runs of `proposal` held to the cap on their real dates in date order (each planned run counts for the
    /// ones after it); runs that end under 2 km are left out. Returns the runs, whether the cap cut one, and the
    /// tracker with them recorded.
    func applyCaps(_ proposal: [Weekday: Int], monday: CalendarDay) -> ([Weekday: Int], Bool, RunCapTracker) {
        var trial = tracker
        var final: [Weekday: Int] = [:]
        var cut = false
        for day in proposal.keys.sorted() {
            let date = monday.adding(days: day.number - 1)
            var tenths = proposal[day] ?? 0
            let cap = capTenths(trial, on: date)
            if tenths > cap {
                tenths = cap
                cut = true
            }
            guard tenths >= minimumRunTenths else { continue }
            final[day] = tenths
            trial.record(day: date, meters: units.meters(tenths: tenths))
        }
        return (final, cut, trial)
    }

    /// One running week: distribution over the run days, each run held to the cap on its real date and to 2 km at
    /// least, back care on rest days (or after the shortest easy runs).
    mutating func runningWeek(
        _ index: Int, target: Int, budget: Int, alreadyRun: Double, isCutback: Bool, maxRuns: Int, runnable: [Weekday],
        hasLongRun: Bool
    ) -> PlanWeek {
        let monday = dates.monday(ofWeek: index)
        let weekDates = dates.days(ofWeek: index)
        let blocked = index == firstWeek ? blockedThisWeek : []
        let open = Set(weekDates.filter { !blocked.contains($0) }.map { Weekday(of: $0) })
        func date(_ day: Weekday) -> CalendarDay { monday.adding(days: day.number - 1) }
        let longDate = date(longDay)
        var longCap = capTenths(tracker, on: longDate, ignoringPlannedFrom: max(monday, dates.firstDay))
        if mode == .hold { longCap = min(longCap, units.floorTenths(figures.longestRecentRunMeters)) }

        // Choose the number of runs: fewer when the easy runs would be under 2 km.
        var proposal: [Weekday: Int] = [:]
        var longLimitedByCap = false
        var n = maxRuns
        while n >= 1 {
            let pattern = DayLayout.spread(count: n, first: longDay, candidates: runnable)
            let (full, limited) = distribution(
                target: target, budget: budget, days: pattern, hasLongRun: hasLongRun, longCap: longCap,
                continuedLong: continuedLongRun(index))
            proposal = full
            longLimitedByCap = limited
            let easyRuns = full.filter { $0.key != longDay || !hasLongRun }.map(\.value)
            if n > 1, easyRuns.contains(where: { $0 < minimumRunTenths }) {
                n -= 1
                continue
            }
            break
        }
        // Week 0: the rest of the week as a whole week would have it, minus what was already run (the long run
        // keeps its length; the easy runs, in date order, take what is left).
        if index == 0 {
            var left = max(0, budget - units.ceilTenths(alreadyRun))
            var kept: [Weekday: Int] = [:]
            let order = proposal.keys.sorted { ($0 == longDay ? 0 : 1, $0.number) < ($1 == longDay ? 0 : 1, $1.number) }
            for day in order where open.contains(day) {
                let tenths = min(proposal[day] ?? 0, left)
                kept[day] = tenths
                left -= tenths
            }
            proposal = kept
        } else {
            proposal = proposal.filter { open.contains($0.key) }
        }

        // A long run on a Monday follows the previous week's Sunday: at least twice the run done or planned there,
        // taken from this week's easy runs; when the cap does not allow that, the week has no long run.
        let previousDay = longDate.adding(days: -1)
        let previousRun = previousDay < monday ? units.floorTenths(tracker.run(on: previousDay)) : 0
        if hasLongRun, previousRun > 0, let long = proposal[longDay], long < 2 * previousRun {
            let raised = min(2 * previousRun, longCap, budget)
            if raised < 2 * previousRun {
                proposal[longDay] = nil
            } else {
                proposal[longDay] = raised
                var excess = proposal.values.reduce(0, +) - budget
                for day in proposal.keys.sorted().reversed() where day != longDay && excess > 0 {
                    let cut = min(excess, proposal[day] ?? 0)
                    proposal[day] = (proposal[day] ?? 0) - cut
                    excess -= cut
                }
            }
        }

        // Apply the cap day by day on the real dates. A run the day before the long run (with two run days: the
        // other run) stays at most half the long run as finally planned; one that cannot is left out.
        // Two runs in a whole week: the other one too (week 0 is only the rest of a week).
        func halfDays(_ runs: [Weekday: Int]) -> [Weekday] {
            runs.count == 2 && index > 0 ? runs.keys.filter { $0 != longDay } : [DayLayout.dayBefore(longDay)]
        }
        var final: [Weekday: Int] = [:]
        var capCut = false
        var trial = tracker
        for attempt in 0..<5 {
            (final, capCut, trial) = applyCaps(proposal, monday: monday)
            let halfDays = halfDays(final)
            guard hasLongRun, let long = final[longDay] else { break }
            let tooLong = halfDays.filter { (final[$0] ?? 0) > long / 2 }
            guard !tooLong.isEmpty else { break }
            for day in tooLong { proposal[day] = attempt < 3 ? long / 2 : nil }
        }
        if hasLongRun, let long = final[longDay], halfDays(final).contains(where: { (final[$0] ?? 0) > long / 2 }) {
            for day in halfDays(final) { proposal[day] = nil }
            (final, capCut, trial) = applyCaps(proposal, monday: monday)
        }
        if hasLongRun, previousRun > 0, let long = final[longDay], long < 2 * previousRun {
            proposal[longDay] = nil
            (final, capCut, trial) = applyCaps(proposal, monday: monday)
        }
        tracker = trial

        // A long run is at least 1.2 × every easy run of the week; otherwise every run is easy.
        let longTenths = hasLongRun ? final[longDay] : nil
        let easiest = final.filter { $0.key != longDay }.map(\.value).max() ?? 0
        let isLong = longTenths.map { 10 * $0 >= 12 * easiest } ?? false

        var days = emptyDays(index)
        let weekdays = days.map { Weekday(of: $0.date) }
        var planned = 0
        for (day, tenths) in final.sorted(by: { $0.key < $1.key }) {
            guard let i = weekdays.firstIndex(of: day) else { continue }
            planned += tenths
            days[i].sessions.append(
                SessionFactory.run(long: isLong && day == longDay, meters: units.meters(tenths: tenths), pace: pace))
        }
        let perWeek = mode == .hold ? 3 : 2
        for day in DayLayout.backCareDays(
            count: backCareCount(perWeek, week: index), days: weekdays, runTenths: final,
            longDay: isLong ? longDay : nil)
        {
            guard let i = weekdays.firstIndex(of: day) else { continue }
            days[i].sessions.append(SessionFactory.backCare(week: backCareWeek(index), onlyIfPainFree: false))
        }
        let fewDays = index > 0 && runnable.count <= 2 && planned < budget
        let limitedByCap = index > 0 && planned < budget && (capCut || longLimitedByCap)
        return PlanWeek(
            index: index, start: monday, targetMeters: units.meters(tenths: target),
            plannedMeters: units.meters(tenths: planned), isCutback: isCutback, days: days,
            isLimitedByRunCap: limitedByCap,
            longestRecentRunMeters: tracker.longestRun(
                before: longDate, ignoringPlannedFrom: max(monday, dates.firstDay)),
            isLimitedByRunDays: fewDays,
            isLimitedByWeeklyGrowth: index > 0 && budget < target && planned + final.count >= budget,
            alreadyRunMeters: alreadyRun)
    }
}
