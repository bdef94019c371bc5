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
    /// Plan weeks with days that take no run because of runs already done (they are not a whole week's measure).
    var weeksCutByDoneRuns: Set<Int> = []
    /// The week the runner has kept for four weeks without pain, which a build plan keeps (nil when none).
    let pattern: EstablishedPattern?
    /// Build weeks that did not keep the pattern, and the safer rule that won.
    var patternCuts: [Int: EstablishedPattern.Cut] = [:]
    /// A return after a break still under way, which this return plan carries on (nil when none).
    var returnUnderWay: ReturnUnderWay?

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
        let longDay = DayLayout.longRunDay(available: options.weekdays, preferred: options.longRunDay)
        self.pattern =
            mode == .build
            ? EstablishedPattern.of(
                history: history, today: dates.today, checkIns: options.checkIns,
                runnable: DayLayout.runnableDays(available: options.weekdays, longDay: longDay), longDay: longDay,
                units: options.units)
            : nil
    }

    var units: DistanceUnit { options.units }
    var pace: Double { figures.planningPaceSecondsPerKilometer }
    var longDay: Weekday { DayLayout.longRunDay(available: options.weekdays, preferred: options.longRunDay) }
    /// How many weekdays may take a run.
    var runnableDayCount: Int { DayLayout.runnableDays(available: options.weekdays, longDay: longDay).count }
    /// Plan week numbers: 0 (the rest of this week) when the first day is not a Monday, then 1…weeks.
    var weekIndices: [Int] { (dates.hasThisWeek ? [0] : []) + Array(1...options.weeks) }
    /// The shortest long run in tenths: 3 km (a shorter one makes every run of the week easy).
    var minimumLongRunTenths: Int { Int((3000 / units.metersPerTenth - 1e-7).rounded(.up)) }
    /// The smallest run in tenths: 2 km, and never shorter than its warm-up plus cool-down at the planning pace
    /// (15 minutes of running).
    var minimumRunTenths: Int {
        let seconds = Double(WarmUp.beforeEveryRun.seconds + CoolDown.afterEveryRun.seconds)
        let meters = max(2000, seconds / pace * 1000)
        return Int((meters / units.metersPerTenth - 1e-7).rounded(.up))
    }

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

    /// Days that take no planned run because of runs already done (docs/planning-rules.md, "Run days"): the day of
    /// a done run, the day after a done run that was the longest of its 7 days (a long run), the long-run day when a
    /// run was done the day before it, and in return, hold and beginner plans the day after any done run.
    var blockedByDoneRuns: Set<CalendarDay> {
        var blocked: Set<CalendarDay> = []
        let spacedOut = mode == .return || mode == .hold || mode == .beginner
        for run in history.entries(from: dates.firstDay.adding(days: -1), to: dates.today.adding(days: 1)) {
            let next = run.day.adding(days: 1)
            blocked.insert(run.day)
            let window = history.entries(from: run.day.adding(days: -6), to: next)
            if spacedOut || run.meters >= (window.map(\.meters).max() ?? 0) || Weekday(of: next) == longDay {
                blocked.insert(next)
            }
        }
        return blocked
    }

    mutating func weeks(beginnerEntry: CouchToFiveK.Position) -> [PlanWeek] {
        switch mode {
        case .urgent: return []
        case .paused: return weekIndices.map(pausedWeek)
        case .beginner:
            // One programme week per three sessions: the next week once this one's three are planned, or the same
            // week again where the next would break the single-run cap.
            var weeks: [PlanWeek] = []
            var position = beginnerEntry
            for index in weekIndices {
                let planned = Set(weeks.flatMap(\.days).filter(\.hasRun).map(\.date))
                if position.isComplete { position = position.next }
                let programme = beginnerProgramme(position.week, week: index, before: weeks)
                if programme != position.week { position = CouchToFiveK.Position(week: programme, done: 0) }
                let week = beginnerWeek(index, position: position, planned: planned)
                position.done += week.days.filter(\.hasRun).count
                weeks.append(week)
            }
            return weeks
        case .build, .return, .hold: return runningWeeks()
        }
    }

    /// Paused: a daily easy walk and the back-care routine three times a week, both only when pain-free; the
    /// routine stays at its entry dose (docs/weekly-loop.md, "Check-ins").
    func pausedWeek(_ index: Int) -> PlanWeek {
        var days = emptyDays(index)
        for i in days.indices { days[i].sessions.append(SessionFactory.walk()) }
        let weekdays = days.map { Weekday(of: $0.date) }
        for day in DayLayout.backCareDays(
            count: backCareCount(3, week: index), days: weekdays, runTenths: [:], longDay: nil)
        {
            guard let i = weekdays.firstIndex(of: day) else { continue }
            days[i].sessions.append(SessionFactory.pausedBackCare(legSymptoms: !options.symptoms.isEmpty))
        }
        return PlanWeek(
            index: index, start: dates.monday(ofWeek: index), targetMeters: 0, plannedMeters: 0, isCutback: false,
            days: days)
    }

    /// The Couch-to-5K week plan week `index` takes: `desired`, or the latest week before it whose longest running
    /// block stays within 1.10 × the longest run of the 30 days before each of its days (runs done as recorded, and
    /// the sessions `before` it in this plan), so a week is repeated rather than the cap broken.
    func beginnerProgramme(_ desired: Int, week index: Int, before weeks: [PlanWeek]) -> Int {
        let days = dates.days(ofWeek: index)
        guard let first = days.first, let last = days.last else { return desired }
        let window = (from: last.adding(days: -RunHistory.capLookBackDays), to: first)
        let done = history.entries(from: window.from, to: window.to).map(\.seconds)
        let planned = weeks.flatMap(\.days).filter { $0.date >= window.from && $0.date < window.to }
            .flatMap(\.sessions).compactMap { session in
                session.main.runWalkSet.map { Double((session.warmUp?.easySeconds ?? 0) + $0.seconds) }
            }
        let base = (done + planned).max() ?? 0
        guard base > 0 else { return desired }
        var programme = desired
        while programme > 1, Double(CouchToFiveK.longestBlockSeconds(week: programme)) > 1.10 * base {
            programme -= 1
        }
        return programme
    }

    /// Couch-to-5K: three run/walk sessions on non-consecutive days (fewer only when the available days do not
    /// allow three), the sessions of programme week `position` from the next one not done; back care on rest days.
    /// Days next to a run already done or a session planned the week before are not used.
    func beginnerWeek(_ index: Int, position: CouchToFiveK.Position, planned: Set<CalendarDay>) -> PlanWeek {
        var days = emptyDays(index)
        let weekdays = days.map { Weekday(of: $0.date) }
        let done = history.entries(from: dates.firstDay.adding(days: -1), to: dates.today.adding(days: 1)).map(\.day)
        let near = Set(done + planned)
        let free = days.filter { day in
            options.weekdays.contains(Weekday(of: day.date))
                && !(-1...1).contains { near.contains(day.date.adding(days: $0)) }
        }.map { Weekday(of: $0.date) }
        let doneThisWeek = index == firstWeek ? Set(self.doneThisWeek.map(\.day)).count : 0
        // The steady pattern of a whole week, as far as its days are free (so the next week can keep it); week 0 takes
        // what of it is free, a later week the most non-consecutive free days when those are more.
        let steady = CouchToFiveK.steadyDays(options)
        let steadyFree = steady.filter(free.contains)
        let spread = DayLayout.nonConsecutive(count: CouchToFiveK.sessionsPerWeek, candidates: free, preferred: longDay)
        let pattern = index == 0 || steadyFree.count >= spread.count ? steadyFree : spread
        let runDays = Array(
            weekdays.filter(pattern.contains).prefix(max(0, CouchToFiveK.sessionsPerWeek - doneThisWeek)))
        let sets = CouchToFiveK.sessions(week: position.week)
        let first = position.firstSession(count: runDays.count)
        for (n, day) in runDays.enumerated() {
            guard let i = weekdays.firstIndex(of: day) else { continue }
            days[i].sessions.append(SessionFactory.runWalk(sets[min(first + n, sets.count - 1)]))
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

    /// R in tenths (docs/planning-rules.md, "Growth over the weekly loop"): the larger of the last week done, the mean
    /// of the last four weeks done and, when the last week was a lighter week of the runner's last plan, the last full
    /// week done before it.
    var referenceTenths: Int {
        let w = figures.lastFourWeeksMeters
        return units.floorTenths(max(w[0], figures.averageWeekMeters, lastFullWeekMeters ?? 0))
    }

    /// When last week was a lighter week of the runner's last plan: the last full week done before it (nil otherwise).
    var lastFullWeekMeters: Double? {
        let w = figures.lastFourWeeksMeters
        let lastMonday = dates.today.monday.adding(days: -7)
        guard let previous = options.previousPlan, previous.week(startingOn: lastMonday)?.isCutback == true,
            let full = (1..<w.count).first(where: {
                previous.week(startingOn: lastMonday.adding(days: -7 * $0))?.isCutback != true
            })
        else { return nil }
        return w[full]
    }

    /// `limit` as the growth rule allows it in this mode: the return rule's levels (half, then three quarters of P)
    /// stand whatever the weeks before them, and so does a hold after a break at half of P.
    func growthCap(_ limit: Int) -> Int {
        let p = figures.weekAverageBeforeBreakMeters ?? 0
        switch mode {
        case .return: return max(limit, units.floorTenths(0.75 * p))
        case .hold where (gapDays ?? 0) >= 11: return max(limit, units.floorTenths(0.5 * p))
        default: return limit
        }
    }

    /// The runner's own build/lighter cycle, from the last stored plan (Rules/LighterWeekCycle).
    var cycle: LighterWeekCycle {
        LighterWeekCycle.of(
            previous: options.previousPlan, lastBuild: options.lastBuildPlan, firstMonday: dates.monday(ofWeek: 1),
            hasThisWeek: dates.hasThisWeek, rising: WeeklyTargets.isRising(figures))
    }

    /// Build, return and hold weeks: targets, planned totals held to the growth rule, runs held to the cap.
    mutating func runningWeeks() -> [PlanWeek] {
        let ceilingTenths = options.ceilingMeters.map(units.floorTenths) ?? Int.max
        let gap = gapDays ?? 0
        var targets: WeeklyTargets
        switch mode {
        case .return:
            targets = .comeback(
                history: figures, gapDays: gap, weeks: options.weeks, weeksBehind: returnUnderWay?.weeksBehind ?? 0,
                ceilingTenths: ceilingTenths, units: units)
        case .hold where gap >= 11:
            // Hold after a break holds at the return rule's first level, half of P (the weeks before the break): the
            // last weeks' figures are empty after a break, and a hold never grows.
            let half = units.floorTenths(0.5 * (figures.weekAverageBeforeBreakMeters ?? 0))
            targets = .level(half, weeks: options.weeks, ceilingTenths: ceilingTenths)
        case .hold:
            targets = .hold(history: figures, weeks: options.weeks, ceilingTenths: ceilingTenths, units: units)
        default:
            targets = .build(
                history: figures, weeks: options.weeks, cycle: cycle, ceilingTenths: ceilingTenths, units: units)
        }
        targets = continuedTargets(targets, ceilingTenths: ceilingTenths)
        let runnable = DayLayout.runnableDays(available: options.weekdays, longDay: longDay)
        let maxRuns = min(runnable.count, ModeSelection.levelCap(averageWeekMeters: figures.averageWeekMeters), 6)
        // After more than 30 days without running, no long run before 7 days after the first run back (real dates).
        let noLongRunFirst = (mode == .return || mode == .hold) && gap > 30
        var firstRunBack = returnUnderWay?.firstRunBack
        func limits(_ index: Int) -> WeekLimits {
            let longDate = dates.monday(ofWeek: index).adding(days: longDay.number - 1)
            let allowed = !noLongRunFirst || firstRunBack.map { longDate >= $0.adding(days: 7) } ?? false
            return WeekLimits(hasLongRun: allowed, maxRuns: maxRuns)
        }
        func noteFirstRun(_ week: PlanWeek) {
            guard firstRunBack == nil else { return }
            firstRunBack = week.days.first(where: \.hasRun)?.date
        }
        var result: [PlanWeek] = []
        if dates.hasThisWeek {
            // This week: no growth, T0 = min(max(W1, B4), ceiling) (the return or hold level in those modes),
            // minus what was already run.
            let fresh =
                mode == .build
                ? min(units.floorTenths(max(figures.lastFourWeeksMeters[0], figures.averageWeekMeters)), ceilingTenths)
                : targets.tenths[0]
            // A re-plan keeps the stored plan's target for this week (docs/weekly-loop.md, "Re-planning"); this week
            // is lighter when the runner's own cycle says so.
            let lighterNow = mode == .build && cycle.isLighter(week: 0)
            var full = continuedThisWeek(fresh, ceilingTenths: ceilingTenths)
            if lighterNow { full = min(full, WeeklyTargets.scaled(fresh, 0.75)) }
            let done = doneThisWeek.reduce(0) { $0 + $1.meters }
            let budget = min(full, growthCap(Self.growthLimit(referenceTenths)))
            let week = runningWeek(
                0, target: full, budget: budget, alreadyRun: done, isCutback: lighterNow, limits: limits(0),
                runnable: runnable)
            noteFirstRun(week)
            result.append(week)
        }
        var previous: PlanWeek?
        var previousPlanned = 0
        var previousIsLighter = false
        // After a lighter week of the runner's last plan, the last full week is the one before it (a lighter week
        // missed leaves last week at 0, and "back to the last full week" is not back to nothing).
        var lastFullPlanned = units.floorTenths(lastFullWeekMeters ?? figures.lastFourWeeksMeters[0])
        if let week = result.first {
            // The rest of this week is no whole week's measure (its total depends on the day the plan is made): week 1
            // is held to 1.10 × R as this week is.
            previousPlanned = referenceTenths
            previousIsLighter = week.isCutback
        }
        for k in 1...options.weeks {
            var target = targets.tenths[k - 1]
            var weekLimits = limits(k)
            let isCutback = targets.isCutback[k - 1]
            var lighter = Int.max
            if isCutback, let previous, previous.plannedMeters > 0 {
                // A lighter week is lighter than the planned week before it: at most 0.75 × its total, a shorter
                // longest run and no more runs. (With one or two run days the target stays the whole week's and the
                // few run days are what holds it.)
                lighter = WeeklyTargets.scaled(previousPlanned, 0.75)
                if runnable.count > 2 { target = min(target, lighter) }
                weekLimits.runCeiling = units.floorTenths(previous.longestRunMeters) - 1
                weekLimits.maxRuns = min(weekLimits.maxRuns, previous.days.filter(\.hasRun).count)
            }
            var budget: Int
            switch targets.reference[k - 1] {
            case .history: budget = target
            case .previousWeek: budget = min(target, Self.growthLimit(previousPlanned))
            case .lastFullWeek: budget = min(target, growthCap(lastFullPlanned))
            case .returnStep: budget = min(target, WeeklyTargets.scaled(previousPlanned, 1.5) + 1)
            case .continued(let limit): budget = min(target, limit)
            }
            // The growth rule over the whole loop, whatever the target: the first week at most 1.10 × R, a week after a
            // lighter one back to (never above) the last full week, any other at most 1.10 × the week before.
            let grown: Int
            if k == 1 && result.isEmpty {
                grown = Self.growthLimit(referenceTenths)
            } else if previousIsLighter {
                grown = lastFullPlanned
            } else {
                grown = Self.growthLimit(previousPlanned)
            }
            budget = min(budget, lighter, growthCap(grown))
            let week = runningWeek(
                k, target: target, budget: budget, alreadyRun: 0, isCutback: isCutback, limits: weekLimits,
                runnable: runnable)
            noteFirstRun(week)
            result.append(week)
            let planned = units.floorTenths(week.plannedMeters)
            previous = week
            previousIsLighter = week.isCutback
            // A week left empty by rest days after runs already done does not move the growth reference: the weeks
            // after it grow from what it grew from.
            if weeksCutByDoneRuns.contains(k), planned == 0 {
                if k == 1 { previousPlanned = WeeklyTargets.scaled(budget, 1 / 1.10) }
                continue
            }
            previousPlanned = planned
            if !week.isCutback { lastFullPlanned = planned }
        }
        return result
    }
}
