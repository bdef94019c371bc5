import RunModel

/// One running week (docs/planning-rules.md, "Distribution", "Run days", "Single-run cap", "Planned totals"):
/// the runs of the week from its budget, held to the cap on their real dates, the long run to its share of what is
/// planned, and back care around them.
extension PlanBuilder {
    /// What one running week is held to besides its target and budget.
    struct WeekLimits {
        var hasLongRun: Bool
        var maxRuns: Int
        /// Every run of the week at most this many tenths (a lighter week: shorter than the week before's longest).
        var runCeiling = Int.max
        /// A week of one run takes this many tenths instead of half its target (a lighter week: one run shorter than
        /// the week before's longest, within the budget; docs/planning-rules.md, "Cutback weeks").
        var singleRun: Int?
    }

    /// The runs of one week as finally planned, and what held them.
    struct WeekRuns {
        var runs: [Weekday: Int] = [:]
        var hasLongRun = false
        var capCut = false
        var longLimitedByCap = false
        var tracker: RunCapTracker
    }

    /// The most a week may plan after a week of `previous` tenths: 1.10 × it, rounded down (never "+11 %").
    static func growthLimit(_ previous: Int) -> Int { WeeklyTargets.scaled(previous, 1.10) }

    /// The cap in tenths for a run on `date`: 1.10 × L30, on the tracker given.
    func capTenths(_ tracker: RunCapTracker, on date: CalendarDay, ignoringPlannedFrom: CalendarDay? = nil) -> Int {
        units.floorTenths(1.10 * tracker.capBase(before: date, ignoringPlannedFrom: ignoringPlannedFrom))
    }

    /// The week's runs before the cap is applied day by day: the long run min(cap, s × budget) — its share of what the
    /// week may plan (with one or two run days at most half the target); with two run days the other run at most half the long run; with more, the easy runs share the
    /// rest equally, each at most the long run, and a run the day before the long run at most half of it. Without a
    /// long run every run gets an equal part.
    func distribution(
        target: Int, budget: Int, days: [Weekday], hasLongRun: Bool, longCap: Int, singleRun: Int? = nil
    ) -> (runs: [Weekday: Int], longLimitedByCap: Bool) {
        var runs: [Weekday: Int] = [:]
        let m = days.count
        guard m > 0, budget > 0 else { return ([:], false) }
        // A single run is at most half the target, as the long run of a one-day week would be (or `singleRun`).
        let single = min(singleRun ?? WeeklyTargets.scaled(target, 0.5), budget)
        guard hasLongRun, days.contains(longDay) else {
            for day in days { runs[day] = m == 1 ? single : budget / m }
            return (runs, false)
        }
        // One or two runs: half the target as before, and with two runs at most two thirds of the budget (the other
        // run is half the long run). More runs: the share of the budget, what the week will plan.
        let share =
            m == 1
            ? single
            : m == 2
                ? min(WeeklyTargets.scaled(target, 0.5), budget * 2 / 3)
                : WeeklyTargets.scaled(budget, ModeSelection.longRunShare(runs: m))
        // (A re-plan's stored long run is not kept above this: the share rule wins, docs/planning-rules.md.)
        let long = min(longCap, share)
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

    /// The runs of `proposal` held to the cap (and `ceiling`) on their real dates in date order (each planned run
    /// counts for the ones after it); runs that end under 2 km are left out. Returns the runs, whether the cap cut
    /// one, and the tracker with them recorded.
    func applyCaps(_ proposal: [Weekday: Int], monday: CalendarDay, ceiling: Int) -> (
        [Weekday: Int], Bool, RunCapTracker
    ) {
        var trial = tracker
        var final: [Weekday: Int] = [:]
        var cut = false
        for day in proposal.keys.sorted() {
            let date = monday.adding(days: day.number - 1)
            var tenths = min(proposal[day] ?? 0, ceiling)
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

    /// The longest of `runs` and its day (the earlier day of two equal runs).
    static func longest(_ runs: [Weekday: Int]) -> (day: Weekday, tenths: Int)? {
        runs.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }).map { ($0.key, $0.value) }
    }

    /// The most the longest run of `runs` may be: its share of the week as planned (with two runs at most twice the
    /// other; with more, s/(1 − s) × the others together). Nil for a single run.
    static func shareLimit(_ runs: [Weekday: Int], longest day: Weekday) -> Int? {
        let n = runs.count
        guard n >= 2 else { return nil }
        let others = runs.filter { $0.key != day }.values.reduce(0, +)
        if n == 2 { return 2 * others }
        let s = ModeSelection.longRunShare(runs: n)
        return WeeklyTargets.scaled(others, s / (1 - s))
    }

    /// The runs of one week for `count` run days: nil when no pattern of that many days keeps the day rules, or when
    /// an easy run would be under 2 km (the caller tries one day fewer).
    func weekRuns(
        _ index: Int, count: Int, target: Int, budget: Int, alreadyRun: Double, limits: WeekLimits, open: Set<Weekday>,
        busy: Set<CalendarDay>, runDays: RunDays
    ) -> WeekRuns? {
        let monday = dates.monday(ofWeek: index)
        func date(_ day: Weekday) -> CalendarDay { monday.adding(days: day.number - 1) }
        guard
            let pattern = runDays.pattern(
                count: count, date: { open.contains($0) ? date($0) : nil }, busy: busy, onlyOpen: index > 0)
        else { return nil }
        let longDate = date(longDay)
        var longCap = min(
            capTenths(tracker, on: longDate, ignoringPlannedFrom: max(monday, dates.firstDay)), limits.runCeiling)
        if mode == .hold {
            // The long run does not grow: at most L30, or after a break the longest run before it.
            let recent = figures.longestRecentRunMeters
            longCap = min(longCap, units.floorTenths(recent > 0 ? recent : figures.longestRunBeforeBreakMeters ?? 0))
        }
        // A long run on a Monday follows the previous week's Sunday: it must be at least twice the run done or planned
        // there, never raised above its share to get there; when it cannot be, the week has no long run.
        let previousDay = longDate.adding(days: -1)
        let previousRun = previousDay < monday ? units.floorTenths(tracker.run(on: previousDay)) : 0

        var longLimitedByCap = false
        func propose(hasLongRun: Bool) -> [Weekday: Int]? {
            let full: [Weekday: Int]
            (full, longLimitedByCap) = distribution(
                target: target, budget: budget, days: pattern, hasLongRun: hasLongRun, longCap: longCap,
                singleRun: limits.singleRun)
            let easyRuns = full.filter { $0.key != longDay || !hasLongRun }.map(\.value)
            if count > 1, easyRuns.contains(where: { $0 < minimumRunTenths }) { return nil }
            // Week 0: the rest of the week as a whole week would have it, minus what was already run (the long run
            // keeps its length; the easy runs, in date order, take what is left).
            guard index == 0 else { return full.filter { open.contains($0.key) } }
            var left = max(0, budget - units.ceilTenths(alreadyRun))
            var kept: [Weekday: Int] = [:]
            let order = full.keys.sorted { ($0 == longDay ? 0 : 1, $0.number) < ($1 == longDay ? 0 : 1, $1.number) }
            for day in order where open.contains(day) {
                let tenths = min(full[day] ?? 0, left)
                kept[day] = tenths
                left -= tenths
            }
            return kept
        }

        // The cap day by day on the real dates; then a run the day before the long run (with two run days in a whole
        // week: the other run) at most half the long run, and the long run at most its share of the week as planned.
        func halfDays(_ runs: [Weekday: Int]) -> [Weekday] {
            runs.count == 2 && index > 0 ? runs.keys.filter { $0 != longDay } : [DayLayout.dayBefore(longDay)]
        }
        func settle(_ start: [Weekday: Int], hasLongRun: Bool) -> WeekRuns {
            var proposal = start
            var result = WeekRuns(hasLongRun: hasLongRun, tracker: tracker)
            for attempt in 0..<8 {
                (result.runs, result.capCut, result.tracker) = applyCaps(
                    proposal, monday: monday, ceiling: limits.runCeiling)
                var changed = false
                if hasLongRun, let long = result.runs[longDay] {
                    for day in halfDays(result.runs) where (result.runs[day] ?? 0) > long / 2 {
                        proposal[day] = attempt < 4 ? long / 2 : nil
                        changed = true
                    }
                }
                if index > 0, let (day, longest) = Self.longest(result.runs),
                    let limit = Self.shareLimit(result.runs, longest: day), longest > limit
                {
                    proposal[day] = limit
                    changed = true
                }
                if !changed { break }
            }
            // A Monday long run the cap cut below twice the Sunday before is no long run.
            if hasLongRun, previousRun > 0, (result.runs[longDay] ?? 0) < 2 * previousRun { result.hasLongRun = false }
            if hasLongRun, result.runs[longDay] == nil { result.hasLongRun = false }
            return result
        }

        // With a long run when the week may have one; without one when the long run would have to be raised above its
        // share to be twice the Sunday before it, or when its rules would leave out runs that easy runs keep.
        // With a long run when the week may have one. Without one — every run easy — when the long run would have to
        // be raised above its share to be twice the Sunday before it, would be under 3 km, or when its rules would
        // leave out runs (or the whole week) that easy runs keep.
        let withLong = limits.hasLongRun && pattern.contains(longDay)
        let even = propose(hasLongRun: false)
        guard let proposal = propose(hasLongRun: withLong) ?? (withLong ? even : nil) else { return nil }
        let longWasCapped = longLimitedByCap
        var result = settle(proposal, hasLongRun: withLong && proposal != even)
        if withLong, proposal != even, let even {
            let long = result.hasLongRun ? result.runs[longDay] ?? 0 : 0
            let tooShort = previousRun > 0 && (proposal[longDay] ?? 0) < 2 * previousRun
            let easy = settle(even, hasLongRun: false)
            // (A build plan whose long run would be under 3 km is a beginner's: Couch-to-5K, "Modes". A return or
            // hold plan's first small weeks are easy runs instead.)
            let shortLong = long < minimumLongRunTenths && mode != .build
            if tooShort || shortLong || easy.runs.count > result.runs.count { result = easy }
        }
        result.longLimitedByCap = result.hasLongRun && longWasCapped
        return result
    }

    /// A build week (not a lighter one) of the runner's established pattern (Rules/EstablishedPattern), held to the
    /// cap on its real dates; this week only its days still to come, with what was already run inside the budget.
    /// Nil when there is none or none of its days is left; the safer rule that wins when a pattern day is taken by a
    /// run already done, the days break the runner's own streak (`keepsDays`), or the budget, the shortest run, the
    /// cap or the long run's share does not leave every pattern day its run.
    func patternRuns(
        _ index: Int, budget: Int, alreadyRun: Double, isCutback: Bool, limits: WeekLimits, open: Set<Weekday>,
        keepsDays: ([Weekday]) -> Bool
    ) -> Result<WeekRuns, EstablishedPattern.Cut>? {
        guard mode == .build, !isCutback, let pattern else { return nil }
        guard let whole = pattern.runs(budget: budget) else { return .failure(.growth) }
        let days = Set(dates.days(ofWeek: index).map { Weekday(of: $0) })
        var proposal = whole.filter { days.contains($0.key) }
        guard !proposal.isEmpty else { return nil }
        guard proposal.keys.allSatisfy(open.contains), keepsDays(Array(proposal.keys)) else { return .failure(.days) }
        guard proposal.values.reduce(0, +) + units.ceilTenths(alreadyRun) <= budget else { return .failure(.growth) }
        guard proposal.values.allSatisfy({ $0 >= minimumRunTenths }) else { return .failure(.shortRun) }
        let monday = dates.monday(ofWeek: index)
        var (runs, capCut, trial) = applyCaps(proposal, monday: monday, ceiling: limits.runCeiling)
        // The long run's share of the week still holds it (the safer rule): the longest run is trimmed to its share
        // when that leaves it its floor, and otherwise the pattern is not kept.
        if runs.count == proposal.count, let (day, longest) = Self.longest(runs),
            let limit = Self.shareLimit(runs, longest: day), longest > limit, limit >= pattern.floors[day] ?? 0
        {
            proposal[day] = limit
            (runs, capCut, trial) = applyCaps(proposal, monday: monday, ceiling: limits.runCeiling)
        }
        guard runs.count == proposal.count else { return .failure(.runCap) }
        guard let (day, longest) = Self.longest(runs),
            Self.shareLimit(runs, longest: day).map({ longest <= $0 }) ?? true
        else { return .failure(.longRunShare) }
        return .success(
            WeekRuns(runs: runs, hasLongRun: limits.hasLongRun && runs[longDay] != nil, capCut: capCut, tracker: trial))
    }

    /// One running week: the most run days (up to `limits.maxRuns`) whose runs keep every rule, each run held to the
    /// cap on its real date and to 2 km at least, back care on rest days (or after the shortest easy runs).
    mutating func runningWeek(
        _ index: Int, target: Int, budget: Int, alreadyRun: Double, isCutback: Bool, limits: WeekLimits,
        runnable: [Weekday]
    ) -> PlanWeek {
        let monday = dates.monday(ofWeek: index)
        let weekDates = dates.days(ofWeek: index)
        let blocked = blockedByDoneRuns
        let open = Set(weekDates.filter { !blocked.contains($0) }.map { Weekday(of: $0) })
        let longDate = monday.adding(days: longDay.number - 1)
        let busy = Set(
            history.entries(from: dates.firstDay.adding(days: -366), to: dates.today.adding(days: 1)).map(\.day)
                + tracker.planned.map(\.day))
        let runDays = RunDays(
            candidates: runnable, longDay: longDay, spacedOut: mode == .return || mode == .hold,
            maxStreak: RunDays.ownStreak(history: history))

        // A lighter week of one run: shorter than the week before's longest (planned, or done when the plan starts with
        // the lighter week) and within the budget, not half its target, which could leave it under the shortest run.
        var limits = limits
        if isCutback {
            let weekBefore = history.entries(from: monday.adding(days: -7), to: monday).map(\.meters).max() ?? 0
            let shorter = limits.runCeiling < Int.max ? limits.runCeiling : units.floorTenths(weekBefore) - 1
            if shorter >= minimumRunTenths { limits.singleRun = min(shorter, budget) }
        }
        var chosen: WeekRuns?
        // Spaced-out plans run on as many separate days as the week has (two when it has only one: a weekend).
        var n = runDays.spacedOut ? min(limits.maxRuns, max(runDays.mostSpacedOut, 2)) : limits.maxRuns
        while n >= 1, chosen == nil {
            chosen = weekRuns(
                index, count: n, target: target, budget: budget, alreadyRun: alreadyRun, limits: limits, open: open,
                busy: busy,
                runDays: runDays)
            n -= 1
        }
        // A week that would cut the runner's established pattern keeps it instead, where it can.
        let weekdaysLeft = Set(weekDates.map { Weekday(of: $0) })
        if pattern?.isCut(by: chosen?.runs ?? [:], on: weekdaysLeft) == true,
            let kept = patternRuns(
                index, budget: budget, alreadyRun: alreadyRun, isCutback: isCutback, limits: limits, open: open,
                keepsDays: { days in runDays.keepsRules(days, date: { monday.adding(days: $0.number - 1) }, busy: busy)
                })
        {
            switch kept {
            case .success(let runs): chosen = runs
            case .failure(let cut): patternCuts[index] = cut
            }
        }
        let week = chosen ?? WeekRuns(tracker: tracker)
        let final = week.runs
        tracker = week.tracker

        // A long run is at least 1.2 × every easy run of the week; otherwise every run is easy.
        let longTenths = week.hasLongRun ? final[longDay] : nil
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
        // Never back care on the evening before the long-run day, whether this week has a long run or the next does.
        let perWeek = mode == .hold ? 3 : 2
        for day in DayLayout.backCareDays(
            count: backCareCount(perWeek, week: index), days: weekdays, runTenths: final, longDay: longDay)
        {
            guard let i = weekdays.firstIndex(of: day) else { continue }
            days[i].sessions.append(SessionFactory.backCare(week: backCareWeek(index), onlyIfPainFree: false))
        }
        if weekDates.contains(where: blocked.contains) { weeksCutByDoneRuns.insert(index) }
        // What held the week below its target, each rule by its flag: the growth rule when the budget bound, the few
        // run days, the cap, and otherwise the distribution rules.
        let slack = final.count
        let below = index > 0 && planned + slack < target
        let belowBudget = below && planned + slack < budget
        let fewDays = below && runnable.count <= 2
        let limitedByCap = belowBudget && (week.capCut || week.longLimitedByCap)
        let limitedByGrowth = below && budget < target && !belowBudget
        return PlanWeek(
            index: index, start: monday, targetMeters: units.meters(tenths: target),
            plannedMeters: units.meters(tenths: planned), isCutback: isCutback, days: days,
            isLimitedByRunCap: limitedByCap,
            longestRecentRunMeters: tracker.longestRun(
                before: longDate, ignoringPlannedFrom: max(monday, dates.firstDay)),
            isLimitedByRunDays: fewDays,
            isLimitedByWeeklyGrowth: limitedByGrowth,
            isLimitedByDistribution: belowBudget && !fewDays && !limitedByCap,
            alreadyRunMeters: alreadyRun)
    }
}
