import Planner
import RunModel

/// The rules of docs/planning-rules.md, checked on a finished plan from the raw inputs (independently of the
/// planner's code): every rule of the original design and of its amendments.
struct PlanInvariants {
    let runs: [Run]
    let today: CalendarDay
    let options: PlanOptions
    let plan: Plan
    /// Counted history runs: running, positive finite distance, on or before today.
    let history: [(day: CalendarDay, meters: Double)]
    /// The plan's first day: today, or a later --start.
    let firstDay: CalendarDay
    /// The Monday week 1 starts on.
    let firstMonday: CalendarDay

    init(runs: [Run], today: CalendarDay, options: PlanOptions, plan: Plan) {
        self.runs = runs
        self.today = today
        self.options = options
        self.plan = plan
        self.history = runs.compactMap { run in
            let day = CalendarDay(run.localStart)
            guard run.sport.isRunning, run.distanceMeters.isFinite, run.distanceMeters > 0, day <= today else {
                return nil
            }
            return (day, run.distanceMeters)
        }
        let first = max(today, options.start ?? today)
        self.firstDay = first
        self.firstMonday = first.adding(days: (8 - first.isoWeekday) % 7)
    }

    func weekTotal(_ monday: CalendarDay) -> Double {
        history.filter { $0.day >= monday && $0.day < monday.adding(days: 7) }.reduce(0) { $0 + $1.meters }
    }

    static let routine: [Exercise.Name] = [.curlUp, .birdDog, .sidePlank, .gluteBridge, .hamstringStretch]

    /// Every violated rule, one line each.
    /// True when each of the four whole weeks before today's week ran on the same two or more weekdays.
    var hasSameRunDaysForFourWeeks: Bool {
        let monday = today.monday
        let weeks = (1...4).map { back in
            Set(
                history.filter {
                    $0.day >= monday.adding(days: -7 * back) && $0.day < monday.adding(days: 7 - 7 * back)
                }
                .map(\.day.isoWeekday))
        }
        return weeks[0].count >= 2 && weeks.allSatisfy { $0 == weeks[0] }
    }

    func violations() -> [String] {
        var problems: [String] = []
        func check(_ condition: Bool, _ message: @autoclosure () -> String) {
            if !condition { problems.append(message()) }
        }
        let tolerance = 0.01  // metres
        let tenth = options.units.metersPerTenth
        let thisMonday = today.adding(days: 1 - today.isoWeekday)
        let w = (1...4).map { weekTotal(thisMonday.adding(days: -7 * $0)) }
        let b4 = w.reduce(0, +) / 4
        let ceiling = options.ceilingMeters ?? .infinity
        let weeksWanted = min(max(options.weeks, 1), 12)
        let lastRun = history.map(\.day).max()
        let gap = lastRun.map { $0.days(to: firstDay) }
        let hasThisWeek = firstDay < firstMonday
        // Just back from a break (docs/planning-rules.md): the first run after 11 days or more without running lies
        // within the 14 days before the first day; a plan that would be a beginner's may be a return from it, with the
        // weeks since that run behind it.
        let runDays = Set(history.map(\.day)).sorted()
        let firstRunBack = zip(runDays, runDays.dropFirst()).filter { $0.0.days(to: $0.1) >= 11 }.last?.1
        let justBack = (firstRunBack.map { $0.days(to: firstDay) <= 14 } ?? false) && (gap ?? 0) <= 10
        let weeksBehind = justBack ? firstRunBack.map { max(0, $0.monday.days(to: firstMonday) / 7) } ?? 0 : 0

        // Pain modes decide first.
        if options.symptoms.contains(where: {
            [.bothLegs, .saddleNumbness, .bladderBowel, .worseningWeakness].contains($0)
        }) {
            check(plan.mode == .urgent, "urgent symptoms must give urgent mode, got \(plan.mode)")
            check(plan.weeks.isEmpty, "urgent mode holds no plan")
            check(plan.advisories.first?.kind == .urgent, "urgent advice comes first")
            return problems
        }
        if !options.symptoms.isEmpty || options.backPain == .persistent {
            check(plan.mode == .paused, "symptoms must pause running, got \(plan.mode)")
            check(plan.advisories.first?.kind == .stopRunning, "the stop-running advice comes first")
            check(
                plan.advisories.contains { $0.kind == .emptyPlan },
                "a paused plan says why it holds no run and what to do")
        }
        if plan.mode == .hold { check(options.backPain == .mild, "hold only for mild back pain") }
        if options.backPain == .mild && options.symptoms.isEmpty {
            check(
                plan.mode == .hold || plan.mode == .beginner,
                "mild back pain must hold (or be beginner), got \(plan.mode)")
        }

        // Modes from the history, with the gap measured at the real first day (a later --start lengthens it).
        if options.symptoms.isEmpty && options.backPain == .none {
            if gap == nil || (gap ?? 0) > 90 {
                check(
                    plan.mode == .beginner, "no run in 90 days before the first day must be beginner, got \(plan.mode)")
            } else if let gap, gap <= 10 {
                check(
                    plan.mode == .build || plan.mode == .beginner || (justBack && plan.mode == .return),
                    "a recent run must build (or be beginner, or return just back from a break), got \(plan.mode)")
            } else if let gap, gap >= 11 {
                check(
                    plan.mode == .return || plan.mode == .beginner,
                    "a break of \(gap) days must return, got \(plan.mode)")
            }
        }

        // Calendar: week 0 from the first day when it is not a Monday, then whole weeks from the next Monday.
        let indices = plan.weeks.map(\.index)
        check(indices == (hasThisWeek && plan.mode != .urgent ? [0] : []) + Array(1...weeksWanted), "weeks \(indices)")
        let days = plan.weeks.flatMap(\.days)
        for (offset, day) in days.enumerated() {
            check(day.date == firstDay.adding(days: offset), "days must be consecutive from \(firstDay)")
        }
        for week in plan.weeks {
            check(
                week.start == firstMonday.adding(days: 7 * (week.index - 1)), "week \(week.index) starts \(week.start)")
            check(
                week.days.count == (week.index == 0 ? week.start.adding(days: 7).days(from: firstDay) : 7),
                "week \(week.index) day count")
        }

        // Runs: typed warm-up and cool-down, available days, one a day, not on a day already run.
        let available = options.weekdays.isEmpty ? Set(Weekday.allCases) : options.weekdays
        let historyDays = Set(history.map(\.day))
        for day in days {
            for session in day.sessions where session.kind.isRun {
                // Run/walk sessions warm up with the NHS brisk walk and leg swings (6 min); continuous runs with the
                // full 10 minutes.
                var runWalk = false
                if case .runWalk(let set) = session.main { runWalk = !set.isContinuous }
                let warmUp = runWalk ? WarmUp.beforeRunWalk : WarmUp.beforeEveryRun
                check(
                    session.warmUp == warmUp && session.coolDown == CoolDown.afterEveryRun,
                    "\(day.date): run without warm-up/cool-down")
                check(
                    session.warmUpSeconds == (runWalk ? 360 : 600) && session.coolDownSeconds == 300,
                    "\(day.date): warm-up 10 min (6 before run/walk), cool-down 5 min")
                check(
                    session.durationSeconds == session.warmUpSeconds + 300 + session.main.seconds,
                    "\(day.date): event length is warm-up + main + cool-down")
                check(available.contains(Weekday(of: day.date)), "\(day.date): run on an unavailable day")
                check(!historyDays.contains(day.date), "\(day.date): run planned on a day already run")
            }
            check(day.sessions.filter(\.kind.isRun).count <= 1, "\(day.date): two runs on one day")
            // After the run, never before it.
            if let care = day.sessions.firstIndex(where: { $0.kind == .backCare }),
                let run = day.sessions.firstIndex(where: { $0.kind.isRun })
            {
                check(run < care, "\(day.date): back care before the run")
            }
        }
        for week in plan.weeks where week.index >= 1 {
            check(week.days.contains { !$0.hasRun }, "week \(week.index) has no rest day")
        }
        if !plan.mode.allowsRunning { check(!days.contains(where: \.hasRun), "no runs in \(plan.mode) mode") }

        // No run the day after a long run (across weeks too); a run the day before it at most half of it, unless the
        // runner has kept the same run days for four weeks (an established pattern keeps its own split, v3).
        let patternKept = plan.mode == .build && hasSameRunDaysForFourWeeks
        for (i, day) in days.enumerated() {
            guard let long = day.sessions.first(where: { $0.kind == .longRun })?.distanceMeters else { continue }
            if i + 1 < days.count { check(!days[i + 1].hasRun, "\(days[i + 1].date): run the day after the long run") }
            if i > 0, !patternKept, let before = days[i - 1].sessions.first(where: \.kind.isRun)?.distanceMeters {
                check(
                    before <= long / 2 + tolerance,
                    "\(days[i - 1].date): \(before) m the day before a \(long) m long run")
            }
        }

        // Back care: the routine without crunches, growing side plank, never before the long run or on its day;
        // on a run day only when no rest day is free, and then after the shortest easy runs.
        for week in plan.weeks {
            let sessions = week.days.flatMap(\.sessions)
            let cares = sessions.filter { $0.kind == .backCare }
            let perWeek =
                plan.mode == .hold || plan.mode == .paused || (plan.mode == .beginner && options.backPain == .mild)
                ? 3 : 2
            let expected = week.index == 0 ? (perWeek * week.days.count + 6) / 7 : perWeek
            check(cares.count <= expected, "week \(week.index): \(cares.count) back-care sessions, at most \(expected)")
            if week.index >= 1 {
                check(
                    cares.count == expected,
                    "week \(week.index): \(cares.count) back-care sessions, expected \(expected)")
            }
            for care in cares {
                guard case .exercises(let list) = care.main else {
                    problems.append("week \(week.index): back care without exercises")
                    continue
                }
                // In a pause with leg signs the routine leaves out the hamstring stretch (docs/weekly-loop.md).
                let routine =
                    plan.mode == .paused && !plan.options.symptoms.isEmpty
                    ? Self.routine.filter { $0 != .hamstringStretch } : Self.routine
                check(list.map(\.name) == routine, "week \(week.index): routine \(list.map(\.name))")
                let side = list.first { $0.name == .sidePlank }
                // A pause keeps the routine at its entry dose (docs/weekly-loop.md, "Check-ins").
                let seconds = plan.mode == .paused ? 15 : 15 + 5 * max(0, week.index - 1)
                check(
                    side?.dose == .seconds(seconds) && side?.sets == 2,
                    "week \(week.index): side plank not +5 s a week (entry dose in a pause)")
                check(care.onlyIfPainFree == (plan.mode == .paused), "week \(week.index): pain-free condition")
            }
            // The long run's weekday; the day before it (by weekday, so Sunday when the long run is on Monday).
            // In running plans the day before the long-run weekday takes no back care whether or not this week has a
            // long run (the next week's may follow it).
            let running = plan.mode == .build || plan.mode == .return || plan.mode == .hold
            let longWeekday = Self.longRunWeekday(options)
            // The long-run day (by weekday in running plans: its run takes no back care even when it is easy).
            let longIndex =
                running
                ? week.days.firstIndex { Weekday(of: $0.date) == longWeekday }
                : week.days.firstIndex { $0.sessions.contains { $0.kind == .longRun } }
            let beforeLong =
                running
                ? week.days.firstIndex { Weekday(of: $0.date.adding(days: 1)) == longWeekday }
                : longIndex.flatMap { i -> Int? in
                    let before = week.days[i].date.adding(days: -1).isoWeekday
                    return week.days.firstIndex { $0.date.isoWeekday == before }
                }
            var careOnRunDay: [Double] = []
            var noCareEasy: [Double] = []
            for (i, day) in week.days.enumerated() {
                let hasCare = day.sessions.contains { $0.kind == .backCare }
                if hasCare {
                    check(
                        i != beforeLong && !(i == longIndex && day.hasRun),
                        "\(day.date): back care on or before the long-run day")
                }
                let run = day.sessions.first(where: \.kind.isRun)
                if hasCare, let run { careOnRunDay.append(run.distanceMeters ?? 0) }
                if !hasCare, let run, i != beforeLong, i != longIndex { noCareEasy.append(run.distanceMeters ?? 0) }
            }
            if !careOnRunDay.isEmpty {
                let freeRest = week.days.enumerated().filter { i, day in
                    !day.hasRun && i != beforeLong && !day.sessions.contains { $0.kind == .backCare }
                }
                check(freeRest.isEmpty, "week \(week.index): back care on a run day while a rest day is free")
                check(
                    (careOnRunDay.max() ?? 0) <= (noCareEasy.min() ?? .infinity) + tolerance,
                    "week \(week.index): back care not after the shortest easy runs")
            }
            if plan.mode == .paused {
                check(
                    week.days.allSatisfy { $0.sessions.contains { $0.kind == .walk && $0.onlyIfPainFree } },
                    "paused: a daily walk, only if pain-free")
            }
        }

        // Beginner: Couch-to-5K, never on consecutive days, three sessions whenever three non-consecutive days exist.
        if plan.mode == .beginner {
            for (i, day) in days.enumerated() where day.hasRun && i + 1 < days.count {
                check(!days[i + 1].hasRun, "\(day.date): beginner sessions on consecutive days")
            }
            check(
                days.flatMap(\.sessions).allSatisfy { $0.kind == .runWalk || $0.kind == .backCare },
                "beginner runs are run/walk")
            let possible = Self.mostNonConsecutive(available)
            // The programme weeks of the sessions in order, week 0's included.
            var programme: [Int] = []
            for week in plan.weeks {
                let sets = week.days.flatMap(\.sessions).compactMap { session -> RunWalkSet? in
                    if case .runWalk(let set) = session.main { return set }
                    return nil
                }
                // Every whole week after the one holding today (whose runs already done take days).
                // (A run done the day before the week takes its first day too.)
                let touched = history.contains { $0.day >= week.start.adding(days: -1) && $0.day <= week.end }
                if week.index >= 1 && week.start > today && !touched {
                    check(
                        sets.count == min(3, possible),
                        "week \(week.index): \(sets.count) sessions, \(min(3, possible)) possible")
                }
                check(Set(sets.map(\.week)).count <= 1, "week \(week.index): mixed programme weeks")
                if let first = sets.first {
                    programme += sets.map(\.week)
                    // Weeks 5 and 6 have three different runs: a week takes them in order, ending with run 3 when
                    // it is the programme week's second calendar week (runs 1 and 2, then 2 and 3).
                    if [5, 6].contains(first.week), let start = sets.first?.run {
                        check(
                            sets.map(\.run) == Array(start..<(start + sets.count)) && start + sets.count - 1 <= 3,
                            "week \(week.index): runs \(sets.map(\.run)) not in order")
                    }
                }
            }
            // One programme week per three sessions (v3 amendment, fewer days a week): the next week only after
            // three sessions of this one, or the same week again where the next would break the single-run cap.
            var sessionsOfWeek = 0
            for (a, b) in zip(programme, programme.dropFirst()) {
                sessionsOfWeek += 1
                if b != a {
                    check(
                        b == min(a + 1, 9) && sessionsOfWeek >= 3,
                        "programme week \(a) → \(b) after \(sessionsOfWeek) sessions (\(programme))")
                    sessionsOfWeek = 0
                }
            }
            // Entry: the first programme week whose longest running block is longer than the longest run of the
            // 30 days before the first day (only those: an older base does not say what the runner can do today).
            let blocks = [60, 90, 180, 300, 1_200, 1_500, 1_500, 1_680, 1_800]
            let longest =
                history.filter { $0.day >= firstDay.adding(days: -30) && $0.day < firstDay }.map(\.meters).max() ?? 0
            let seconds = longest / 1000 * plan.history.planningPaceSecondsPerKilometer
            let entry = (blocks.firstIndex { Double($0) > seconds } ?? 8) + 1
            // An entry whose block would break the single-run cap starts a week earlier (v3: the cap wins).
            if let first = programme.first {
                check(first <= entry, "entry week \(first), expected \(entry) (longest run \(longest) m)")
            }
        }

        // Single-run cap on the real dates, history and earlier planned runs included; the fallback (half the
        // longest run of the four weeks before the last run) only for a run with no run at all in its window.
        var planned: [(day: CalendarDay, meters: Double)] = []
        var fallback = 0.0
        if let last = lastRun {
            let from = last.adding(days: 1 - last.isoWeekday - 21)
            fallback = 0.5 * (history.filter { $0.day >= from && $0.day <= last }.map(\.meters).max() ?? 0)
        }
        for day in days {
            for session in day.sessions where session.kind.isRun {
                guard let meters = session.distanceMeters else { continue }
                let from = day.date.adding(days: -30)
                var l30 = 0.0
                for run in history where run.day >= from && run.day < day.date { l30 = max(l30, run.meters) }
                for run in planned where run.day >= from && run.day < day.date { l30 = max(l30, run.meters) }
                let base = l30 > 0 ? l30 : fallback
                check(
                    meters <= 1.10 * base + tolerance,
                    "\(day.date): run \(meters) m over 1.10 × \(l30 > 0 ? "L30" : "fallback") = \(1.10 * base)")
                let tenths = meters / tenth
                check(abs(tenths - tenths.rounded()) < 1e-6, "\(day.date): \(meters) m is not whole tenths")
                check(meters >= 2000 - tolerance, "\(day.date): run of \(meters) m, under 2 km")
                planned.append((day.date, meters))
            }
        }

        // Weeks: totals, long run ≥ 1.2 × easy runs, level cap, two-run weeks at most 1.5 × the long run.
        for week in plan.weeks {
            let runs = week.days.flatMap(\.sessions).filter(\.kind.isRun)
            let total = runs.compactMap(\.distanceMeters).reduce(0, +)
            check(abs(total - week.plannedMeters) < tolerance, "week \(week.index): planned total mismatch")
            check(
                week.plannedMeters + week.alreadyRunMeters <= max(week.targetMeters, week.alreadyRunMeters) + tolerance,
                "week \(week.index): planned above target")
            check(week.targetMeters <= ceiling + tolerance, "week \(week.index): target above the ceiling")
            let long = runs.filter { $0.kind == .longRun }.compactMap(\.distanceMeters)
            let easy = runs.filter { $0.kind == .easyRun }.compactMap(\.distanceMeters)
            check(long.count <= 1, "week \(week.index): several long runs")
            if let longest = long.first {
                check(
                    easy.allSatisfy { 1.2 * $0 <= longest + tolerance },
                    "week \(week.index): a long run under 1.2 × an easy run")
                if runs.count == 2 && week.index > 0 {
                    check(total <= 1.5 * longest + tolerance, "week \(week.index): two runs over 1.5 × the long run")
                }
            }
            if plan.mode == .build || plan.mode == .return || plan.mode == .hold {
                let cap = b4 < 15_000 ? 3 : b4 < 30_000 ? 4 : b4 < 50_000 ? 5 : 6
                check(runs.count <= cap, "week \(week.index): \(runs.count) runs above the level cap \(cap)")
                // One or two run days a week: the long run at least 3 km is what makes it a running week.
                let fewDays = Self.runnableWeekdays(options).count <= 2
                // (A week of easy runs only: 5 km in all, as with more days.)
                let fiveKilometres = week.plannedMeters >= 5000 - tolerance
                let easyOnly = long.isEmpty
                if week.index >= 1, week.plannedMeters > 0 {
                    check(
                        fewDays
                            ? week.longestRunMeters >= 3000 - tolerance || (easyOnly && fiveKilometres)
                            : fiveKilometres,
                        "week \(week.index): \(week.plannedMeters) m, a beginner week")
                }
                if week.isLimitedByRunDays {
                    check(plan.advisories.contains { $0.kind == .fewRunDays }, "few run days not explained")
                }
            }
        }

        // Planned totals: at most 1.10 × the week before (rounded up to a tenth, + a tenth of slack); after a
        // cutback against the last full week; return's 50 → 75 % step at most 1.5 ×.
        let full = plan.weeks.filter { $0.index >= 1 }
        for k in full.indices.dropFirst() {
            // An empty week (its only days after runs already done) is skipped: the week before it is the reference.
            guard let previous = full[..<k].last(where: { $0.plannedMeters > 0 }) else { continue }
            // After a cutback: the last full week planned, or W1 when the plan started with the cutback.
            let reference =
                previous.isCutback ? (full[..<k].last { !$0.isCutback }?.plannedMeters ?? w[0]) : previous.plannedMeters
            let refTenths = (reference / tenth).rounded()
            var limit = (1.10 * refTenths - 1e-7).rounded(.up) + 1
            // Return's one step of 1.5 ×; hold after a break is a return and takes the same step.
            if plan.mode == .return || plan.mode == .hold,
                full[k].targetMeters > 1.10 * previous.targetMeters + tolerance
            {
                limit = max(limit, (1.5 * (previous.plannedMeters / tenth).rounded() + 1e-7).rounded(.down) + 1)
            }
            check(
                (full[k].plannedMeters / tenth).rounded() <= limit,
                "week \(full[k].index): planned \(full[k].plannedMeters) m over 1.10 × \(reference) m")
        }

        // Targets by mode.
        let targets = full.map(\.targetMeters)
        switch plan.mode {
        case .build:
            let rising = (0..<3).allSatisfy { w[$0] > 0 && w[$0] >= 1.05 * w[$0 + 1] }
            if let t1 = targets.first {
                check(t1 <= 1.10 * max(w[0], b4) + tolerance, "week 1 target \(t1) over 1.10 × max(W1, B4)")
                if !rising { check(t1 <= 1.30 * b4 + tolerance, "week 1 target over 1.30 × B4") }
            }
            // A fresh cycle (no stored plan here): this week, when the plan has it, is the cycle's first full week.
            let hasThisWeek = plan.weeks.contains { $0.index == 0 }
            for week in full {
                let shouldCut =
                    rising ? (week.index - 1) % 4 == 0 : (week.index + (hasThisWeek ? 1 : 0)) % 4 == 0
                check(
                    week.isCutback == shouldCut, "week \(week.index): cutback \(week.isCutback), expected \(shouldCut)")
            }
            checkProgression(full, history: w[0], ceiling: ceiling, tolerance: tolerance, check: check)
            if let zero = plan.weeks.first(where: { $0.index == 0 }) {
                check(zero.targetMeters <= min(max(w[0], b4), ceiling) + tolerance, "this week grows")
            }
        case .return:
            check(options.backPain != .mild, "return with mild pain must hold")
            let p = plan.history.weekAverageBeforeBreakMeters ?? 0
            // (Just back from a break, the return's first weeks may be behind it: three quarters of P.)
            check(
                (targets.first ?? 0) <= (justBack ? 0.75 : 0.5) * p + tolerance,
                "return week 1 above its level of P")
            let pFloored = (p / tenth + 1e-7).rounded(.down) * tenth
            let reached = full.firstIndex { $0.targetMeters >= pFloored - tolerance && pFloored > 0 }
            for (k, week) in full.enumerated() {
                if let reached, k > reached {
                    check(
                        week.isCutback == ((week.index + weeksBehind) % 4 == 0),
                        "return week \(week.index): cutback rhythm after reaching P")
                } else {
                    check(!week.isCutback, "return week \(week.index): no cutback before reaching P")
                }
            }
            if let gap, gap > 30, let first = plan.weeks.first {
                check(
                    !first.days.flatMap(\.sessions).contains { $0.kind == .longRun },
                    "return after > 30 days: no long run in the first week")
            }
        case .hold:
            if let gap, gap >= 11 {
                // Hold after a break holds at half of P.
                let p = plan.history.weekAverageBeforeBreakMeters ?? 0
                for target in targets { check(target <= 0.5 * p + tolerance, "hold after a break: above 50 % of P") }
            } else {
                for target in targets { check(target <= min(w[0], b4) + tolerance, "hold target above min(W1, B4)") }
            }
            // The long run does not grow: at most L30, or after a break the longest run before it.
            let recent = plan.history.longestRecentRunMeters
            let l30 = recent > 0 ? recent : plan.history.longestRunBeforeBreakMeters ?? 0
            for day in days {
                for s in day.sessions where s.kind == .longRun {
                    check((s.distanceMeters ?? 0) <= l30 + tolerance, "hold long run grows")
                }
            }
        default:
            break
        }

        // Empty plans say why.
        if plan.mode != .urgent && !days.contains(where: \.hasRun) {
            check(
                plan.advisories.contains { [.emptyPlan, .beginner].contains($0.kind) }, "a plan without runs says why")
        }
        return problems
    }

    /// Cutback weeks at 0.75 × the week before, the week after one back at the last full week's target, other
    /// weeks at most +10 %.
    func checkProgression(
        _ weeks: [PlanWeek], history w1: Double, ceiling: Double, tolerance: Double,
        check: (Bool, @autoclosure () -> String) -> Void
    ) {
        var lastFull = (w1 / options.units.metersPerTenth + 1e-7).rounded(.down) * options.units.metersPerTenth
        for (k, week) in weeks.enumerated() {
            if k > 0 {
                let before = weeks[k - 1]
                if week.isCutback {
                    check(
                        week.targetMeters <= 0.75 * before.targetMeters + tolerance,
                        "week \(week.index): cutback not at 0.75 ×")
                } else if before.isCutback {
                    let tenth = options.units.metersPerTenth
                    let expected = min(lastFull, (ceiling / tenth + 1e-7).rounded(.down) * tenth)
                    check(
                        abs(week.targetMeters - expected) < tolerance,
                        "week \(week.index): after a cutback \(week.targetMeters) m, not the last full week's \(expected) m"
                    )
                } else {
                    check(
                        week.targetMeters <= 1.10 * before.targetMeters + tolerance,
                        "week \(week.index) grows more than 10 %")
                }
            }
            if !week.isCutback { lastFull = week.targetMeters }
        }
    }

    /// The most days of `available` of which no two are consecutive (Sunday–Monday included), by brute force.
    static func mostNonConsecutive(_ available: Set<Weekday>) -> Int {
        var best = 0
        for mask in 1..<(1 << 7) {
            let days = (1...7).filter { mask & (1 << ($0 - 1)) != 0 }
            guard days.allSatisfy({ available.contains(Weekday(number: $0)) }) else { continue }
            let ok = days.allSatisfy { a in
                days.allSatisfy { b in a == b || ((a - b + 7) % 7 != 1 && (b - a + 7) % 7 != 1) }
            }
            if ok { best = max(best, days.count) }
        }
        return best
    }
}

extension CalendarDay {
    /// Days from `other` to `self`.
    func days(from other: CalendarDay) -> Int { other.days(to: self) }
}

extension PlanInvariants {
    /// The long run's weekday: the preferred one if available, else the nearest available day before it.
    static func longRunWeekday(_ options: PlanOptions) -> Weekday {
        let available = options.weekdays.isEmpty ? Set(Weekday.allCases) : options.weekdays
        for back in 0..<7 where available.contains(Weekday(number: options.longRunDay.number - back)) {
            return Weekday(number: options.longRunDay.number - back)
        }
        return options.longRunDay
    }

    /// The weekdays a run may go on: available, never the day after the long-run weekday.
    static func runnableWeekdays(_ options: PlanOptions) -> [Weekday] {
        let available = options.weekdays.isEmpty ? Set(Weekday.allCases) : options.weekdays
        let long = longRunWeekday(options)
        let after = Weekday(number: long.number + 1)
        return Weekday.allCases.filter { available.contains($0) && ($0 == long || $0 != after) }
    }
}
