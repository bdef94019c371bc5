import RunModel

/// Lays out the plan weeks for a mode (docs/planning-rules.md): weekly targets and planned totals, the distribution
/// over the run days, the single-run cap on real dates, and the sessions around the runs.
struct PlanBuilder {
    let history: RunHistory
    let figures: HistoryFigures
    let mode: PlanMode
    let options: PlanOptions
    let dates: PlanDates
    /// Days without running at the plan's first day (nil without any run).
    let gapDays: Int?
    var tracker: RunCapTracker

    init(history: RunHistory, figures: HistoryFigures, mode: PlanMode, options: PlanOptions, dates: PlanDates, gapDays: Int?) {
        self.history = history
        self.figures = figures
        self.mode = mode
        self.options = options
        self.dates = dates
        self.gapDays = gapDays
        var fallback = 0.0
        if let last = history.lastRunDay {
            let from = RunHistory.monday(of: last).adding(days: -21)
            fallback = 0.5 * (history.entries(from: from, to: last.adding(days: 1)).map(\.meters).max() ?? 0)
        }
        self.tracker = RunCapTracker(history: history, firstDay: dates.firstDay, fallbackMeters: fallback)
    }

    var units: DistanceUnit { options.units }
    var pace: Double { figures.planningPaceSecondsPerKilometer }
    var longDay: Weekday { DayLayout.longRunDay(available: options.weekdays, preferred: options.longRunDay) }
    /// Plan week numbers: 0 (the rest of this week) when the first day is not a Monday, then 1…weeks.
    var weekIndices: [Int] { (dates.hasThisWeek ? [0] : []) + Array(1...options.weeks) }
    /// The smallest run in tenths: 2 km.
    var minimumRunTenths: Int { Int((2000 / units.metersPerTenth - 1e-7).rounded(.up)) }

    func emptyDays(_ index: Int) -> [PlanDay] { dates.days(ofWeek: index).map { PlanDay(date: $0) } }

    /// Back-care sessions in week `index`: `perWeek` in a whole week, proportionally fewer (rounded up) in week 0.
    func backCareCount(_ perWeek: Int, week index: Int) -> Int {
        let days = dates.days(ofWeek: index).count
        return (perWeek * days + 6) / 7
    }

    /// The plan week holding the first day: 0, or 1 when the first day is a Monday.
    var firstWeek: Int { dates.hasThisWeek ? 0 : 1 }

    /// Runs already done in the week of the first day, up to today (none when the plan starts in a later week).
    var doneThisWeek: ArraySlice<RunHistory.Entry> {
        history.entries(from: dates.monday(ofWeek: firstWeek), to: dates.today.adding(days: 1))
    }

    /// Days of week 0 that take no planned run: a day with a run already done, the day after a done run that was the
    /// longest of its 7 days (a long run), and the long-run day when a run was done the day before it.
    var blockedThisWeek: Set<CalendarDay> {
        var blocked: Set<CalendarDay> = []
        for run in doneThisWeek {
            blocked.insert(run.day)
            let window = history.entries(from: run.day.adding(days: -6), to: run.day.adding(days: 1))
            if run.meters >= (window.map(\.meters).max() ?? 0) { blocked.insert(run.day.adding(days: 1)) }
            if Weekday(of: run.day.adding(days: 1)) == longDay { blocked.insert(run.day.adding(days: 1)) }
        }
        return blocked
    }

    mutating func weeks(beginnerEntryWeek: Int) -> [PlanWeek] {
        switch mode {
        case .urgent: return []
        case .paused: return weekIndices.map(pausedWeek)
        case .beginner: return weekIndices.map { beginnerWeek($0, entry: beginnerEntryWeek) }
        case .build, .return, .hold: return runningWeeks()
        }
    }

    /// Paused: a daily easy walk and the back-care routine three times a week, both only when pain-free.
    func pausedWeek(_ index: Int) -> PlanWeek {
        var days = emptyDays(index)
        for i in days.indices { days[i].sessions.append(SessionFactory.walk()) }
        let weekdays = days.map { Weekday(of: $0.date) }
        for day in DayLayout.backCareDays(count: backCareCount(3, week: index), days: weekdays, runTenths: [:], longDay: nil) {
            guard let i = weekdays.firstIndex(of: day) else { continue }
            days[i].sessions.append(SessionFactory.backCare(week: index, onlyIfPainFree: true))
        }
        return PlanWeek(index: index, start: dates.monday(ofWeek: index), targetMeters: 0, plannedMeters: 0, isCutback: false, days: days)
    }

    /// Couch-to-5K: three run/walk sessions on non-consecutive days (fewer only when the available days do not
    /// allow three), the programme week `entry` in weeks 0 and 1 and one more each week after; back care on rest days.
    func beginnerWeek(_ index: Int, entry: Int) -> PlanWeek {
        var days = emptyDays(index)
        let weekdays = days.map { Weekday(of: $0.date) }
        let pattern = DayLayout.nonConsecutive(
            count: 3, candidates: Weekday.allCases.filter(options.weekdays.contains), preferred: longDay)
        var runDays = weekdays.filter(pattern.contains)
        if index == firstWeek {
            let done = doneThisWeek.map(\.day)
            runDays = runDays.filter { day in
                let date = days[weekdays.firstIndex(of: day) ?? 0].date
                return !done.contains { abs($0.days(to: date)) <= 1 }
            }
            runDays = Array(runDays.prefix(max(0, 3 - Set(done).count)))
        }
        let sets = CouchToFiveK.sessions(week: entry + max(0, index - 1))
        for (n, day) in runDays.enumerated() {
            guard let i = weekdays.firstIndex(of: day) else { continue }
            days[i].sessions.append(SessionFactory.runWalk(sets[min(n, sets.count - 1)]))
        }
        let perWeek = options.backPain == .mild ? 3 : 2
        let runs = Dictionary(uniqueKeysWithValues: runDays.map { ($0, 0) })
        for day in DayLayout.backCareDays(count: backCareCount(perWeek, week: index), days: weekdays, runTenths: runs, longDay: nil) {
            guard let i = weekdays.firstIndex(of: day) else { continue }
            days[i].sessions.append(SessionFactory.backCare(week: index, onlyIfPainFree: false))
        }
        return PlanWeek(index: index, start: dates.monday(ofWeek: index), targetMeters: 0, plannedMeters: 0, isCutback: false, days: days)
    }

    /// Build, return and hold weeks: targets, planned totals held to the growth rule, runs held to the cap.
    mutating func runningWeeks() -> [PlanWeek] {
        let ceilingTenths = options.weeklyCeilingMeters.map(units.floorTenths) ?? Int.max
        let targets: WeeklyTargets
        switch mode {
        case .return:
            targets = .comeback(
                history: figures, gapDays: gapDays ?? 0, weeks: options.weeks, ceilingTenths: ceilingTenths, units: units)
        case .hold:
            targets = .hold(history: figures, weeks: options.weeks, ceilingTenths: ceilingTenths, units: units)
        default:
            targets = .build(history: figures, weeks: options.weeks, ceilingTenths: ceilingTenths, units: units)
        }
        let runnable = DayLayout.runnableDays(available: options.weekdays, longDay: longDay)
        let maxRuns = min(runnable.count, ModeSelection.levelCap(averageWeekMeters: figures.averageWeekMeters), 6)
        let noLongRunFirst = mode == .return && (gapDays ?? 0) > 30
        var result: [PlanWeek] = []
        if dates.hasThisWeek {
            // This week: no growth, T0 = min(max(W1, B4), ceiling) (the return or hold level in those modes),
            // minus what was already run.
            let full = mode == .build
                ? min(units.floorTenths(max(figures.lastFourWeeksMeters[0], figures.averageWeekMeters)), ceilingTenths)
                : targets.tenths[0]
            let done = doneThisWeek.reduce(0) { $0 + $1.meters }
            result.append(
                runningWeek(
                    0, target: full, budget: full, alreadyRun: done, isCutback: false, maxRuns: maxRuns, runnable: runnable,
                    hasLongRun: !noLongRunFirst))
        }
        var previousPlanned = 0
        var lastFullPlanned = units.floorTenths(figures.lastFourWeeksMeters[0])
        for k in 1...options.weeks {
            let target = targets.tenths[k - 1]
            let budget: Int
            switch targets.reference[k - 1] {
            case .history: budget = target
            case .previousWeek: budget = min(target, Self.growthLimit(previousPlanned))
            case .lastFullWeek: budget = min(target, Self.growthLimit(lastFullPlanned))
            case .returnStep: budget = min(target, WeeklyTargets.scaled(previousPlanned, 1.5) + 1)
            }
            let week = runningWeek(
                k, target: target, budget: budget, alreadyRun: 0, isCutback: targets.isCutback[k - 1], maxRuns: maxRuns,
                runnable: runnable, hasLongRun: !(noLongRunFirst && k == 1 && !dates.hasThisWeek))
            let planned = units.floorTenths(week.plannedMeters)
            previousPlanned = planned
            if !week.isCutback { lastFullPlanned = planned }
            result.append(week)
        }
        return result
    }

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
        target: Int, budget: Int, days: [Weekday], hasLongRun: Bool, longCap: Int
    ) -> (runs: [Weekday: Int], longLimitedByCap: Bool) {
        var runs: [Weekday: Int] = [:]
        let m = days.count
        guard m > 0, budget > 0 else { return ([:], false) }
        guard hasLongRun, days.contains(longDay) else {
            for day in days { runs[day] = budget / m }
            return (runs, false)
        }
        let share = WeeklyTargets.scaled(target, ModeSelection.longRunShare(runs: m))
        let long = min(longCap, share, budget)
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
            let (full, limited) = distribution(target: target, budget: budget, days: pattern, hasLongRun: hasLongRun, longCap: longCap)
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
            var left = max(0, budget - Int((alreadyRun / units.metersPerTenth - 1e-7).rounded(.up)))
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
            count: backCareCount(perWeek, week: index), days: weekdays, runTenths: final, longDay: isLong ? longDay : nil)
        {
            guard let i = weekdays.firstIndex(of: day) else { continue }
            days[i].sessions.append(SessionFactory.backCare(week: index, onlyIfPainFree: false))
        }
        let fewDays = index > 0 && runnable.count <= 2 && planned < budget
        let limitedByCap = index > 0 && planned < budget && (capCut || longLimitedByCap)
        return PlanWeek(
            index: index, start: monday, targetMeters: units.meters(tenths: target),
            plannedMeters: units.meters(tenths: planned), isCutback: isCutback, days: days,
            isLimitedByRunCap: limitedByCap,
            longestRecentRunMeters: tracker.longestRun(before: longDate, ignoringPlannedFrom: max(monday, dates.firstDay)),
            isLimitedByRunDays: fewDays, isLimitedByWeeklyGrowth: index > 0 && budget < target && planned + final.count >= budget,
            alreadyRunMeters: alreadyRun)
    }
}
