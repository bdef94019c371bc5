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
    /// The stored plan this one continues (Planner/Continuation), set by `attachContinuation`.
    var continuation: PlanContinuation?

    init(
        history: RunHistory, figures: HistoryFigures, mode: PlanMode, options: PlanOptions, dates: PlanDates,
        gapDays: Int?
    ) {
        self.history = history
        self.figures = figures
        self.mode = mode
        self.options = options
        self.dates = dates
        self.gapDays = gapDays
        var fallback = 0.0
        if let last = history.lastRunDay {
            let from = last.monday.adding(days: -21)
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
        for day in DayLayout.backCareDays(
            count: backCareCount(3, week: index), days: weekdays, runTenths: [:], longDay: nil)
        {
            guard let i = weekdays.firstIndex(of: day) else { continue }
            days[i].sessions.append(SessionFactory.backCare(week: backCareWeek(index), onlyIfPainFree: true))
        }
        return PlanWeek(
            index: index, start: dates.monday(ofWeek: index), targetMeters: 0, plannedMeters: 0, isCutback: false,
            days: days)
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
        for day in DayLayout.backCareDays(
            count: backCareCount(perWeek, week: index), days: weekdays, runTenths: runs, longDay: nil)
        {
            guard let i = weekdays.firstIndex(of: day) else { continue }
            days[i].sessions.append(SessionFactory.backCare(week: backCareWeek(index), onlyIfPainFree: false))
        }
        return PlanWeek(
            index: index, start: dates.monday(ofWeek: index), targetMeters: 0, plannedMeters: 0, isCutback: false,
            days: days)
    }

    /// Build, return and hold weeks: targets, planned totals held to the growth rule, runs held to the cap.
    mutating func runningWeeks() -> [PlanWeek] {
        let ceilingTenths = options.weeklyCeilingMeters.map(units.floorTenths) ?? Int.max
        var targets: WeeklyTargets
        switch mode {
        case .return:
            targets = .comeback(
                history: figures, gapDays: gapDays ?? 0, weeks: options.weeks, ceilingTenths: ceilingTenths,
                units: units)
        case .hold:
            targets = .hold(history: figures, weeks: options.weeks, ceilingTenths: ceilingTenths, units: units)
        default:
            targets = .build(history: figures, weeks: options.weeks, ceilingTenths: ceilingTenths, units: units)
        }
        targets = continuedTargets(targets, ceilingTenths: ceilingTenths)
        let runnable = DayLayout.runnableDays(available: options.weekdays, longDay: longDay)
        let maxRuns = min(runnable.count, ModeSelection.levelCap(averageWeekMeters: figures.averageWeekMeters), 6)
        let noLongRunFirst = mode == .return && (gapDays ?? 0) > 30
        var result: [PlanWeek] = []
        if dates.hasThisWeek {
            // This week: no growth, T0 = min(max(W1, B4), ceiling) (the return or hold level in those modes),
            // minus what was already run.
            let fresh =
                mode == .build
                ? min(units.floorTenths(max(figures.lastFourWeeksMeters[0], figures.averageWeekMeters)), ceilingTenths)
                : targets.tenths[0]
            // A re-plan keeps the stored plan's target for this week (docs/weekly-loop.md, "Re-planning").
            let full = continuedThisWeek(fresh, ceilingTenths: ceilingTenths)
            let done = doneThisWeek.reduce(0) { $0 + $1.meters }
            result.append(
                runningWeek(
                    0, target: full, budget: full, alreadyRun: done, isCutback: false, maxRuns: maxRuns,
                    runnable: runnable,
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
            case .continued(let limit): budget = min(target, limit)
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
}
