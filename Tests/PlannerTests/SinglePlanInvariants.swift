import Planner
import RunModel

/// The single-plan rules of docs/planning-rules.md ("Single plans"), checked on a finished plan from the raw inputs,
/// independently of the planner's code. Each violation is counted under the class of defect it belongs to.
struct SinglePlanInvariants {
    /// The classes of defect, one per rule.
    enum Rule: String, CaseIterable, Comparable {
        case mondayLongRunInflated, runAfterLoggedLongRun, longRunInFirstWeekBack, holdAfterBreakAtFullVolume
        case oneRunTakesTheWeek, backCareBeforeLongRun, silentHeldWeek, beginnerForARunner, twoSessionsWhereThreeFit
        case lighterWeekNotLighter, consecutiveDays, longerStreakThanOwn, beginnerWarmUp, beginnerEntry

        static func < (a: Rule, b: Rule) -> Bool { a.rawValue < b.rawValue }
    }

    let runs: [Run]
    let today: CalendarDay
    let options: PlanOptions
    let plan: Plan
    /// Counted history runs: running, positive finite distance, on or before today.
    let history: [(day: CalendarDay, meters: Double)]
    let firstDay: CalendarDay

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
        self.firstDay = max(today, options.start ?? today)
    }

    /// The planned runs by date.
    var plannedRuns: [CalendarDay: Session] {
        var result: [CalendarDay: Session] = [:]
        for day in plan.weeks.flatMap(\.days) {
            if let run = day.sessions.first(where: \.kind.isRun) { result[day.date] = run }
        }
        return result
    }

    func doneMeters(on day: CalendarDay) -> Double { history.filter { $0.day == day }.map(\.meters).max() ?? 0 }

    /// A done run that was the longest of its 7 days (a long run).
    func isDoneLongRun(_ day: CalendarDay) -> Bool {
        let meters = doneMeters(on: day)
        guard meters > 0 else { return false }
        let window = history.filter { $0.day >= day.adding(days: -6) && $0.day <= day }.map(\.meters)
        return meters >= (window.max() ?? 0)
    }

    static func share(runs n: Int) -> Double { n <= 2 ? 0.5 : n == 3 ? 0.40 : n == 4 ? 0.35 : 0.30 }

    /// Every violated rule, with a line saying where.
    func violations() -> [(rule: Rule, message: String)] {
        var problems: [(Rule, String)] = []
        func check(_ rule: Rule, _ condition: Bool, _ message: @autoclosure () -> String) {
            if !condition { problems.append((rule, message())) }
        }
        let tenth = options.units.metersPerTenth
        let tolerance = 0.01
        let planned = plannedRuns
        let lastRun = history.map(\.day).max()
        let gap = lastRun.map { $0.days(to: firstDay) }
        let thisMonday = today.adding(days: 1 - today.isoWeekday)
        let weekTotals = (1...4).map { w -> Double in
            let monday = thisMonday.adding(days: -7 * w)
            return history.filter { $0.day >= monday && $0.day < monday.adding(days: 7) }.map(\.meters).reduce(0, +)
        }
        let b4 = weekTotals.reduce(0, +) / 4
        let running = [.build, .return, .hold].contains(plan.mode)
        let noPain = options.backPain == .none && options.symptoms.isEmpty
        let returning = (plan.mode == .return || plan.mode == .hold) && (gap ?? 0) >= 11
        let allDays = plan.weeks.flatMap(\.days)

        // 1. A long run after a run the day before (a Monday long run after Sunday): at least twice that run, and
        // never raised above its share of the week's planned total to get there.
        for week in plan.weeks where week.index >= 1 {
            let runsOfWeek = week.days.compactMap { day in
                day.sessions.first(where: \.kind.isRun).map { (day.date, $0) }
            }
            guard let (date, long) = runsOfWeek.first(where: { $0.1.kind == .longRun }) else { continue }
            let before = max(doneMeters(on: date.adding(days: -1)), planned[date.adding(days: -1)]?.distanceMeters ?? 0)
            guard before > 0 else { continue }
            let meters = long.distanceMeters ?? 0
            let n = runsOfWeek.count
            // A single run is the week: at most half the target, as the long run of a one-day week.
            let limit =
                n == 1
                ? 0.5 * week.targetMeters + tenth
                : (n == 2 ? 2.0 / 3 : Self.share(runs: n)) * week.plannedMeters + Double(n) * tenth
            check(
                .mondayLongRunInflated, meters >= 2 * before - tolerance && meters <= limit + tolerance,
                "\(date): long run \(meters) m after \(before) m the day before, share limit \(limit) m")
        }

        // 2. No planned run the day after a logged long run, nor on a day already run.
        for run in history where run.day >= firstDay.adding(days: -1) {
            check(.runAfterLoggedLongRun, planned[run.day] == nil, "\(run.day): a planned run on a day already run")
            if isDoneLongRun(run.day) {
                check(
                    .runAfterLoggedLongRun, planned[run.day.adding(days: 1)] == nil,
                    "\(run.day.adding(days: 1)): a run the day after the logged long run of \(run.meters) m")
            }
        }

        // 3. After more than 30 days without running, no long run in the first week back: not the first run, and
        // none before 7 days after it (on real dates, every mode).
        if let gap, gap > 30, running {
            let first = planned.keys.min()
            for (date, session) in planned where session.kind == .longRun {
                check(
                    .longRunInFirstWeekBack, first.map { date >= $0.adding(days: 7) } ?? true,
                    "\(date): a long run in the first week back after \(gap) days")
            }
        }

        // 4. Hold after a break is a return: its weeks no higher than a return plan's (the first at most half of P).
        if plan.mode == .hold, let gap, gap >= 11 {
            let p = plan.history.weekAverageBeforeBreakMeters ?? 0
            let off = (gap + 6) / 7
            let halfWeeks = (off + 1) / 2
            for week in plan.weeks where week.index >= 1 {
                let share = week.index <= halfWeeks ? 0.5 : week.index <= off ? 0.75 : 1.0
                check(
                    .holdAfterBreakAtFullVolume, week.plannedMeters <= share * p + Double(7) * tenth,
                    "hold week \(week.index) after \(gap) days: \(week.plannedMeters) m over \(share) × P = \(share * p)"
                )
            }
        }

        let recentDays = Set(history.filter { $0.day >= today.adding(days: -27) }.map(\.day))
        let ownStreak = recentDays.isEmpty ? 5 : Self.longestStreak(recentDays)

        // 5. The long-run share is taken from the planned total; one run does not take a week that has room for two.
        let runnableDays = PlanInvariants.runnableWeekdays(options)
        if running {
            for week in plan.weeks where week.index >= 1 {
                let meters = week.days.compactMap { $0.sessions.first(where: \.kind.isRun)?.distanceMeters }
                let n = meters.count
                guard let longest = meters.max() else { continue }
                if n == 1 {
                    // Two days in a row only in a build plan for a runner whose last four weeks had them.
                    // Days of or after a run already done take no run.
                    let free = week.days.filter { day in
                        doneMeters(on: day.date) == 0 && doneMeters(on: day.date.adding(days: -1)) == 0
                    }.map { Weekday(of: $0.date) }.filter(runnableDays.contains)
                    let together = plan.mode == .build && ownStreak >= 2
                    let roomForTwo = (together ? free.count : Self.mostNonConsecutive(free)) >= 2
                    check(
                        .oneRunTakesTheWeek, !roomForTwo || week.plannedMeters < 4_000 + 2 * tenth,
                        "week \(week.index): one run of \(longest) m takes the week")
                } else {
                    let limit = (n == 2 ? 2.0 / 3 : Self.share(runs: n)) * week.plannedMeters + Double(n) * tenth
                    check(
                        .oneRunTakesTheWeek, longest <= limit + tolerance,
                        "week \(week.index): longest run \(longest) m of \(week.plannedMeters) m in \(n) runs")
                }
            }
        }

        // 6a. No back care the day before a long run, across weeks too.
        for (i, day) in allDays.enumerated() where i + 1 < allDays.count {
            let care = day.sessions.contains { $0.kind == .backCare }
            let long = allDays[i + 1].sessions.contains { $0.kind == .longRun }
            check(.backCareBeforeLongRun, !(care && long), "\(day.date): back care the evening before the long run")
        }

        // 6b. A week below its target names what held it.
        if running {
            for week in plan.weeks where week.index >= 1 {
                let n = Double(week.days.filter(\.hasRun).count)
                let below = week.plannedMeters < week.targetMeters - (n + 1) * tenth - tolerance
                let named = week.isHeldBelowTarget
                check(
                    .silentHeldWeek, !below || named,
                    "week \(week.index): \(week.plannedMeters) of \(week.targetMeters) m with no rule named")
            }
        }

        // 6c. A runner with a base (15 km a week or more before today or before the break) within 90 days is never
        // sent to Couch-to-5K by the plan's own day rules.
        if noPain, let gap, gap <= 90, (options.ceilingMeters ?? .infinity) >= 10_000 {
            let base = max(b4, plan.history.weekAverageBeforeBreakMeters ?? 0)
            check(
                .beginnerForARunner, base < 15_000 || plan.mode != .beginner,
                "Couch-to-5K for a runner of \(base) m a week, \(gap) days since the last run")
        }

        // 6d. Three Couch-to-5K sessions whenever three non-consecutive free days exist in a whole week.
        if plan.mode == .beginner {
            for week in plan.weeks where week.index >= 1 {
                let free = Set(
                    week.days.filter { day in
                        options.weekdays.contains(Weekday(of: day.date))
                            && (-1...1).allSatisfy { doneMeters(on: day.date.adding(days: $0)) == 0 }
                    }.map { Weekday(of: $0.date) })
                let possible = Self.mostNonConsecutive(Array(free), circular: week.days.count == 7)
                // Runs already done this week count among its three sessions.
                let done = Set(history.filter { $0.day >= week.start && $0.day <= week.end }.map(\.day)).count
                let sessions = week.days.filter(\.hasRun).count + done
                check(
                    .twoSessionsWhereThreeFit, sessions >= min(3, possible),
                    "week \(week.index): \(sessions) Couch-to-5K sessions, \(min(3, possible)) fit")
            }
        }

        // 7. A lighter week is lighter than the planned week before it, in total and in its longest run.
        let full = plan.weeks.filter { $0.index >= 1 }
        for k in full.indices.dropFirst() where full[k].isCutback && running {
            let before = full[k - 1]
            guard before.plannedMeters > 0 else { continue }
            check(
                .lighterWeekNotLighter,
                full[k].plannedMeters < before.plannedMeters - tolerance
                    && full[k].longestRunMeters < before.longestRunMeters - tolerance,
                "lighter week \(full[k].index): \(full[k].plannedMeters) m (longest \(full[k].longestRunMeters)) after "
                    + "\(before.plannedMeters) m (longest \(before.longestRunMeters))")
        }

        // 8. Return, beginner and hold plans: no runs on consecutive days when the week allows otherwise.
        if plan.mode == .beginner || returning || plan.mode == .hold {
            let possible = Self.mostNonConsecutive(runnableDays)
            for week in plan.weeks {
                let count = week.days.filter(\.hasRun).count
                guard count <= possible else { continue }
                for day in week.days where planned[day.date] != nil {
                    let previous = day.date.adding(days: -1)
                    check(
                        .consecutiveDays, planned[previous] == nil && doneMeters(on: previous) == 0,
                        "\(day.date): a run the day after a run in a \(plan.mode) plan")
                }
            }
        }

        // 9. No more days in a row than the runner's own last four weeks (five without runs in them).
        let recent = Set(history.filter { $0.day >= today.adding(days: -27) }.map(\.day))
        let own = Self.longestStreak(recent)
        let allowed = own > 0 ? own : 5
        let together = recent.union(history.map(\.day)).union(planned.keys)
        for date in planned.keys {
            var start = date
            while together.contains(start.adding(days: -1)) { start = start.adding(days: -1) }
            var length = 0
            while together.contains(start.adding(days: length)) { length += 1 }
            check(
                .longerStreakThanOwn, length <= allowed,
                "\(date): \(length) days in a row, the runner's own longest is \(own)")
        }

        // 10. Couch-to-5K warm-up: the brisk walk with gentle mobility; the full drills only before continuous runs.
        let fullDrills: Set<Exercise.Name> = [.walkingLunges, .highKnees, .buttKicks]
        for day in allDays {
            for session in day.sessions where session.kind == .runWalk {
                guard case .runWalk(let set) = session.main, let warmUp = session.warmUp else {
                    problems.append((.beginnerWarmUp, "\(day.date): a run/walk session without its warm-up"))
                    continue
                }
                let continuous = set.repeats == 1 && set.intervals.allSatisfy { $0.activity == .run }
                let drills = Set(warmUp.drills.flatMap { $0 }.map(\.name))
                check(.beginnerWarmUp, warmUp.easySeconds >= 300, "\(day.date): no 5-minute brisk walk")
                check(
                    .beginnerWarmUp, continuous || drills.isDisjoint(with: fullDrills),
                    "\(day.date): full drills before a run/walk session of week \(set.week)")
            }
        }

        // 11. Couch-to-5K enters from the runs of the 30 days before the first day only.
        if plan.mode == .beginner {
            let blocks = [60, 90, 180, 300, 1_200, 1_500, 1_500, 1_680, 1_800]
            let longest =
                history.filter { $0.day >= firstDay.adding(days: -30) && $0.day < firstDay }.map(\.meters).max() ?? 0
            let seconds = longest / 1000 * plan.history.planningPaceSecondsPerKilometer
            let entry = (blocks.firstIndex { Double($0) > seconds } ?? 8) + 1
            // The plan's first session, week 0's included (three sessions there move week 1 on).
            let first = plan.weeks.flatMap(\.days).flatMap(\.sessions).compactMap { session -> Int? in
                if case .runWalk(let set) = session.main { return set.week }
                return nil
            }.first
            if let first {
                check(.beginnerEntry, first <= entry, "Couch-to-5K entry week \(first), the last 30 days give \(entry)")
            }
        }
        return problems
    }

    /// The most days of `days` of which no two are consecutive (Sunday–Monday too when `circular`).
    static func mostNonConsecutive(_ days: [Weekday], circular: Bool = true) -> Int {
        var best = 0
        for mask in 1..<(1 << 7) {
            let chosen = (1...7).filter { mask & (1 << ($0 - 1)) != 0 }
            guard chosen.allSatisfy({ days.contains(Weekday(number: $0)) }) else { continue }
            let ok = chosen.allSatisfy { a in
                chosen.allSatisfy { b in
                    a == b || (abs(a - b) != 1 && (!circular || abs(a - b) != 6))
                }
            }
            if ok { best = max(best, chosen.count) }
        }
        return best
    }

    /// The longest run of consecutive days in `days`.
    static func longestStreak(_ days: Set<CalendarDay>) -> Int {
        var best = 0
        for day in days where !days.contains(day.adding(days: -1)) {
            var length = 0
            while days.contains(day.adding(days: length)) { length += 1 }
            best = max(best, length)
        }
        return best
    }
}
