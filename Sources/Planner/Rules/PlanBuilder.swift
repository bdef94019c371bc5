import RunModel

/// Lays out the plan weeks for a mode: targets (R4/R5), distribution (R7), days (R8), sessions (R9), cap (R6).
struct PlanBuilder {
    let history: RunHistory
    let figures: HistoryFigures
    let mode: PlanMode
    let options: PlanOptions
    let start: CalendarDay
    var tracker: RunCapTracker
    /// The stored plan this one continues (Planner/Continuation), set by `attachContinuation`.
    var continuation: PlanContinuation?

    init(history: RunHistory, figures: HistoryFigures, mode: PlanMode, options: PlanOptions, start: CalendarDay) {
        self.history = history
        self.figures = figures
        self.mode = mode
        self.options = options
        self.start = start
        var fallback = 0.0
        if mode == .return, let last = history.lastRunDay {
            let from = RunHistory.monday(of: last).adding(days: -21)
            fallback = 0.5 * (history.entries(from: from, to: last.adding(days: 1)).map(\.meters).max() ?? 0)
        }
        self.tracker = RunCapTracker(history: history, planStart: start, fallbackMeters: fallback)
    }

    var units: DistanceUnit { options.units }
    var pace: Double { figures.planningPaceSecondsPerKilometer }
    var longDay: Weekday { DayLayout.longRunDay(available: options.weekdays, preferred: options.longRunDay) }

    mutating func weeks() -> [PlanWeek] {
        switch mode {
        case .urgent: return []
        case .paused: return (1...options.weeks).map { restWeek($0, backCare: 3, onlyIfPainFree: true) }
        case .beginner: return (1...options.weeks).map(beginnerWeek)
        case .build, .return, .hold: return runningWeeks()
        }
    }

    func weekStart(_ index: Int) -> CalendarDay { start.adding(days: 7 * (index - 1)) }

    func emptyDays(_ index: Int) -> [PlanDay] { (0..<7).map { PlanDay(date: weekStart(index).adding(days: $0)) } }

    /// Back care only (paused mode).
    func restWeek(_ index: Int, backCare count: Int, onlyIfPainFree: Bool) -> PlanWeek {
        var days = emptyDays(index)
        for day in DayLayout.backCareDays(count: count, runDays: [], longDay: nil) {
            days[day.number - 1].sessions.append(SessionFactory.backCare(week: backCareWeek(index), onlyIfPainFree: onlyIfPainFree))
        }
        return PlanWeek(index: index, start: weekStart(index), targetMeters: 0, plannedMeters: 0, isCutback: false, days: days)
    }

    /// Couch-to-5K: three run/walk sessions on non-consecutive days, back care on two rest days.
    func beginnerWeek(_ index: Int) -> PlanWeek {
        var days = emptyDays(index)
        let candidates = Weekday.allCases.filter { options.weekdays.contains($0) }
        let runDays = DayLayout.spread(count: 3, first: longDay, candidates: candidates, minimumGap: 2)
        for day in runDays { days[day.number - 1].sessions.append(SessionFactory.runWalk(week: index)) }
        let backCare = options.backPain == .mild ? 3 : 2
        for day in DayLayout.backCareDays(count: backCare, runDays: Set(runDays), longDay: nil) {
            days[day.number - 1].sessions.append(SessionFactory.backCare(week: backCareWeek(index), onlyIfPainFree: false))
        }
        return PlanWeek(
            index: index, start: weekStart(index), targetMeters: 0, plannedMeters: 0, isCutback: false, days: days)
    }

    /// Build, return and hold weeks: targets, then runs held to the single-run cap.
    mutating func runningWeeks() -> [PlanWeek] {
        let ceilingTenths = options.weeklyCeilingMeters.map(units.floorTenths) ?? Int.max
        var targets: WeeklyTargets
        switch mode {
        case .return:
            targets = .comeback(
                history: figures, gapDays: figures.daysSinceLastRun ?? 0, weeks: options.weeks,
                ceilingTenths: ceilingTenths, units: units)
        case .hold:
            targets = .hold(history: figures, weeks: options.weeks, ceilingTenths: ceilingTenths, units: units)
        default:
            targets = .build(history: figures, weeks: options.weeks, ceilingTenths: ceilingTenths, units: units)
        }
        targets = continuedTargets(targets, ceilingTenths: ceilingTenths)
        let runnable = DayLayout.runnableDays(available: options.weekdays, longDay: longDay)
        let runsPerWeek = min(runnable.count, ModeSelection.levelCap(averageWeekMeters: figures.averageWeekMeters), 6)
        let noLongRunFirst = mode == .return && figures.daysSinceLastRun.map { $0 > 30 } ?? false
        return (1...options.weeks).map { index in
            runningWeek(
                index, targetTenths: targets.tenths[index - 1], isCutback: targets.isCutback[index - 1],
                maxRuns: runsPerWeek, runnable: runnable, hasLongRun: !(noLongRunFirst && index == 1))
        }
    }

    /// The cap in tenths for a run on `date`: 1.10 × L30 (1.00 × the starting L30 for the long run in hold mode).
    func capTenths(on date: CalendarDay, ignoringPlannedFrom: CalendarDay? = nil) -> Int {
        units.floorTenths(1.10 * tracker.capBase(before: date, ignoringPlannedFrom: ignoringPlannedFrom))
    }

    /// One running week: R7 distribution over R8 days, each run held to R6, back care on rest days.
    mutating func runningWeek(
        _ index: Int, targetTenths target: Int, isCutback: Bool, maxRuns: Int, runnable: [Weekday], hasLongRun: Bool
    ) -> PlanWeek {
        let monday = weekStart(index)
        let minimumEasyTenths = Int((2000 / units.metersPerTenth - 1e-7).rounded(.up))
        var chosenDays: [Weekday] = []
        var longTenths = 0
        var easyTenths = 0
        var easyShareTenths = 0
        var n = maxRuns
        while n >= 1 {
            chosenDays = DayLayout.spread(count: n, first: longDay, candidates: runnable)
            n = chosenDays.count
            if hasLongRun {
                var cap = capTenths(on: monday.adding(days: longDay.number - 1), ignoringPlannedFrom: monday)
                if mode == .hold { cap = min(cap, units.floorTenths(figures.longestRecentRunMeters)) }
                longTenths = min(cap, Int((ModeSelection.longRunShare(runs: n) * Double(target) + 1e-7).rounded(.down)))
                longTenths = continuation?.longRunTenths(
                    longTenths, monday: monday.adding(days: startShift), capTenths: cap, targetTenths: target) ?? longTenths
                easyShareTenths = n > 1 ? max(0, target - longTenths) / (n - 1) : 0
                easyTenths = min(easyShareTenths, longTenths)
            } else {
                longTenths = 0
                easyShareTenths = target / max(n, 1)
                easyTenths = easyShareTenths
            }
            let easyRuns = hasLongRun ? n - 1 : n
            if easyRuns > 0 && easyTenths < minimumEasyTenths && n > 1 {
                n -= 1
                continue
            }
            break
        }
        if n < 1 { chosenDays = [] }

        let longDate = monday.adding(days: longDay.number - 1)
        let longestBeforeLongRun = tracker.longestRun(before: longDate, ignoringPlannedFrom: monday)
        var days = emptyDays(index)
        // The cap binds when the easy runs cannot take what it cut from the long run: their share is
        // above the long run, or there are none (a single run a week) and the long run was cut.
        let longShareTenths = Int((ModeSelection.longRunShare(runs: max(n, 1)) * Double(target) + 1e-7).rounded(.down))
        var limited = hasLongRun && (easyShareTenths > longTenths || (n == 1 && longTenths < longShareTenths))
        var planned = 0
        for day in chosenDays.sorted() {
            let date = monday.adding(days: day.number - 1)
            let isLong = hasLongRun && day == longDay
            var tenths = isLong ? longTenths : easyTenths
            let cap = capTenths(on: date)
            if tenths > cap {
                tenths = cap
                limited = true
            }
            guard tenths > 0 else { continue }
            let meters = units.meters(tenths: tenths)
            tracker.record(day: date, meters: meters)
            planned += tenths
            days[day.number - 1].sessions.append(SessionFactory.run(long: isLong, meters: meters, units: units, pace: pace))
        }
        let runDays = Set(chosenDays.filter { !days[$0.number - 1].sessions.isEmpty })
        let backCare = mode == .hold ? 3 : 2
        for day in DayLayout.backCareDays(count: backCare, runDays: runDays, longDay: longDay) {
            days[day.number - 1].sessions.append(SessionFactory.backCare(week: backCareWeek(index), onlyIfPainFree: false))
        }
        return PlanWeek(
            index: index, start: monday, targetMeters: units.meters(tenths: target),
            plannedMeters: units.meters(tenths: planned), isCutback: isCutback, days: days,
            isLimitedByRunCap: limited, longestRecentRunMeters: longestBeforeLongRun)
    }
}
