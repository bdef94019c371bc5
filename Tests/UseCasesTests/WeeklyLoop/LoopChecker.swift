import Foundation
import Planner
import RunModel

/// Checks every promise of the weekly loop (docs/weekly-loop.md, docs/planning-rules.md) on every
/// planning day of a simulated runner, from what was planned, done and checked in, computed here
/// independently of the planner.
struct LoopChecker {
    /// The promises, one count each.
    enum Rule: String, CaseIterable, Sendable, Comparable {
        case growth, runCap, reviewVerdict, reviewFigures, pauses, lighterWeeks, shortRuns, patterns, memory
        case determinism, midWeekReplan, goal, returnRamp, couchToFiveK

        static func < (a: Rule, b: Rule) -> Bool {
            (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
        }
    }

    struct Violation: Sendable, CustomStringConvertible {
        var rule: Rule
        var seed: UInt64
        var day: CalendarDay
        var message: String
        var description: String { "[\(rule.rawValue)] seed \(seed), \(day): \(message)" }
    }

    /// What one planning day produced.
    struct Step {
        var day: CalendarDay
        var plan: Plan
        /// `runramp review` of last week, before the plan.
        var review: WeekReview
        /// The plan's own "Last week" section.
        var planReview: WeekReview?
        /// The counted runs in the log.
        var runs: [Run]
        var wasRemembered: Bool
        var shouldBeRemembered: Bool
        /// The same command made again (nil when not tried).
        var sameCommandAgain: Plan?
    }

    let runner: SimulatedRunner
    private(set) var violations: [Violation] = []
    private var checkIns: [CheckIn] = []
    /// The plan in force on each day lived: its mode and its week of that day.
    private var lived: [CalendarDay: (mode: PlanMode, week: PlanWeek?, plannedRun: Bool)] = [:]
    /// Build weeks in a row without a lighter one, as lived.
    private var fullBuildStreak = 0
    /// The last Sunday lived under a plan: a week not lived (a break) ends the streak.
    private var lastSundayLived: CalendarDay?
    /// The Couch-to-5K sessions done, by day, with their programme week.
    private var runWalkDone: [CalendarDay: Int] = [:]
    /// The days of runs done that were not a planned run/walk session.
    private var otherRunDays: [CalendarDay] = []
    /// The mode of the plan made on the last planning day.
    private var lastMode: PlanMode?

    init(runner: SimulatedRunner) { self.runner = runner }

    private mutating func fail(_ rule: Rule, _ day: CalendarDay, _ message: String) {
        violations.append(Violation(rule: rule, seed: runner.seed, day: day, message: message))
    }

    mutating func checkedIn(_ checkIn: CheckIn) { checkIns.append(checkIn) }

    /// The runner did a run on `day`: the run/walk session of programme week `programmeWeek`, or another run (nil).
    mutating func ran(on day: CalendarDay, programmeWeek: Int?) {
        if let programmeWeek { runWalkDone[day] = programmeWeek } else { otherRunDays.append(day) }
    }

    /// Couch-to-5K moves on one programme week per three sessions done (docs/planning-rules.md, "Beginner:
    /// Couch-to-5K"): a new plan's first session is at most the programme week of the latest session done, the
    /// next one only after three of it. Not checked after a run of the 30 days that was no session (the plan
    /// may then enter where that run says).
    private mutating func checkCouchToFiveK(_ step: Step) {
        guard step.plan.mode == .beginner,
            let first = step.plan.weeks.flatMap(\.days).flatMap(\.sessions).compactMap(\.main.runWalkSet).first
        else { return }
        let window = step.day.adding(days: -30)
        let done = runWalkDone.filter { $0.key >= window && $0.key <= step.day }
        guard !otherRunDays.contains(where: { $0 >= window && $0 <= step.day }),
            let latest = done.max(by: { $0.key < $1.key })
        else { return }
        let sessions = done.values.filter { $0 == latest.value }.count
        let furthest = sessions >= 3 ? min(latest.value + 1, 9) : latest.value
        if first.week > furthest {
            fail(
                .couchToFiveK, step.day,
                "Couch-to-5K week \(first.week) after \(sessions) sessions of week \(latest.value)")
        }
    }

    /// The runner lives `day` under `plan`.
    mutating func lived(day: CalendarDay, plan: Plan) {
        let week = plan.weeks.first { $0.start <= day && day <= $0.end }
        let plannedRun =
            week?.days.first { $0.date == day }?.sessions.contains { $0.kind.isRun } ?? false
        lived[day] = (plan.mode, week, plannedRun)
        if ProcessInfo.processInfo.environment["LOOP_TRACE"] != nil, day.isoWeekday == 7 {
            print(
                "TRACE \(day) plan of \(plan.today) \(plan.mode.rawValue) week \(week.map { "\($0.index) \($0.start) cut \($0.isCutback) \($0.plannedMeters)" } ?? "-") weeks \(plan.weeks.map { "\($0.start.description.suffix(5)):\($0.isCutback ? "L" : "F")\(Int($0.targetMeters))/\(Int($0.plannedMeters))" })"
            )
        }
        if day.isoWeekday == 7 {
            if let last = lastSundayLived, last.days(to: day) > 7 { fullBuildStreak = 0 }
            lastSundayLived = day
        }
        guard day.isoWeekday == 7, plan.mode == .build, let week else {
            if day.isoWeekday == 7 { fullBuildStreak = 0 }
            return
        }
        // The lighter week comes every fourth week of the runner's own cycle.
        if week.isCutback {
            fullBuildStreak = 0
        } else {
            fullBuildStreak += 1
            if fullBuildStreak >= 4 {
                fail(.lighterWeeks, day, "four build weeks in a row without a lighter one (week of \(week.start))")
                fullBuildStreak = 0
            }
        }
    }

    mutating func check(_ step: Step) {
        checkGrowth(step)
        checkRunCap(step)
        checkReview(step.review, step: step)
        if let review = step.planReview { checkReview(review, step: step) }
        checkPauses(step)
        checkWeeks(step)
        checkPatterns(step)
        checkGoal(step)
        checkCouchToFiveK(step)
        // A return under way goes on as a return (docs/planning-rules.md, "A return under way"): a runner with a base
        // who has run since the break (the last run less than 11 days ago, so no new break) is never sent to
        // Couch-to-5K by the few kilometres run since, unless the safer rules make the return a beginner's.
        let lastRun = step.runs.map { CalendarDay($0.localStart) }.filter { $0 <= step.day }.max()
        // (Pain wins: a mild-pain check-in holds the runner at what they did, which may be a beginner's week.)
        let lastCheckIn = checkIns.filter { $0.day <= step.day }.max { $0.day < $1.day }
        if lastMode == .return, step.plan.mode == .beginner, let lastRun, lastRun.days(to: step.day) < 11,
            lastCheckIn?.backPain != .mild, !returnIsTooSmall(step)
        {
            fail(.returnRamp, step.day, "a return plan was followed by Couch-to-5K")
        }
        lastMode = step.plan.mode
        if step.shouldBeRemembered && !step.wasRemembered {
            fail(.memory, step.day, "the plan made was not remembered")
        }
        if let again = step.sameCommandAgain,
            again.mode != step.plan.mode || again.weeks != step.plan.weeks
        {
            fail(.determinism, step.day, "the same command made again gives another plan")
        }
    }

    /// True when the safer rules make a return a beginner's (docs/planning-rules.md, "When two rules disagree"):
    /// its base — the largest mean of the four calendar weeks up to the last run before a break of 11 days or more
    /// within the last 90 days — is under 10 km, so its first level, half of it, is a week under 5 km; or
    /// 1.10 × the longest run of the last 30 days since the last break is under the shortest run a week may hold (3 km with two run days
    /// or fewer, whose longest run is the one a week is measured by; otherwise 2 km and 15 minutes at the planning
    /// pace).
    private func returnIsTooSmall(_ step: Step) -> Bool {
        let days = step.runs.map { (day: CalendarDay($0.localStart), meters: $0.distanceMeters) }
            .filter { $0.day <= step.day }.sorted { $0.day < $1.day }
        var base = 0.0
        for (run, next) in zip(days, days.dropFirst())
        where run.day.days(to: next.day) >= 11 && run.day.days(to: step.day) <= 90 {
            let weeks = (0..<4).map { doneMeters(step.runs, week: run.day.monday.adding(days: -7 * $0)) }
            base = max(base, weeks.reduce(0, +) / 4)
        }
        if base < 10_000 { return true }
        // The runs since the last break (11 days or more without running).
        let since = Array(zip(days, days.dropFirst())).last { $0.0.day.days(to: $0.1.day) >= 11 }.map { $0.1.day }
        let window = days.filter { $0.day >= max(since ?? $0.day, step.day.adding(days: -30)) }
        let longest = window.map(\.meters).max() ?? 0
        let shortest = runner.weekdays.count <= 2 ? 3000 : shortestRun(step)
        return longest > 0 && 1.10 * longest < shortest
    }

    /// The shortest run a plan may hold: 2 km, and 15 minutes (its warm-up plus cool-down) at the planning pace.
    private func shortestRun(_ step: Step) -> Double {
        max(2000, 900 / step.plan.history.planningPaceSecondsPerKilometer * 1000)
    }

    /// `--goal`: remembered from the first planning day on; no week above it; in a build plan, once a week reaches
    /// it, every later full week holds at it (docs/planning-rules.md, "A goal").
    private mutating func checkGoal(_ step: Step) {
        let goal = runner.goalKilometers.map { $0 * 1000 }
        guard step.plan.options.goalMeters == goal else {
            fail(
                .goal, step.day,
                "plan made with goal \(String(describing: step.plan.options.goalMeters)), not \(String(describing: goal))"
            )
            return
        }
        guard let goal else { return }
        var reached = false
        for week in step.plan.weeks {
            // What the runner ran this week on their own may pass the goal; the plan adds nothing beyond it.
            if week.targetMeters > goal + 1 || week.plannedMeters > max(0, goal - week.alreadyRunMeters) + 1 {
                fail(
                    .goal, step.day,
                    "week of \(week.start) plans \(week.plannedMeters + week.alreadyRunMeters) m over the goal")
            }
            guard step.plan.mode == .build, week.index > 0 else { continue }
            if reached, !week.isCutback, abs(week.targetMeters - goal) > 1 {
                fail(.goal, step.day, "week of \(week.start) targets \(week.targetMeters) m after reaching the goal")
            }
            // A lighter week's target is no goal reached: with one or two run days it stays the whole week's while
            // the week after goes back to the last full week, which may still be below the goal.
            if !week.isCutback, abs(week.targetMeters - goal) <= 1 { reached = true }
        }
    }

    // MARK: - Figures from what was done

    private func done(_ runs: [Run], from: CalendarDay, to end: CalendarDay) -> [Run] {
        runs.filter {
            let day = CalendarDay($0.localStart)
            return day >= from && day < end
        }
    }

    private func doneMeters(_ runs: [Run], week monday: CalendarDay) -> Double {
        done(runs, from: monday, to: monday.adding(days: 7)).reduce(0) { $0 + $1.distanceMeters }
    }

    /// R: the larger of last week done, the mean of the last four weeks done and, after a lighter
    /// week, the last full week done.
    private func reference(_ step: Step) -> Double {
        let monday = step.day.monday
        let weeks = (1...4).map { doneMeters(step.runs, week: monday.adding(days: -7 * $0)) }
        var r = max(weeks[0], weeks.reduce(0, +) / 4)
        if lived[monday.adding(days: -1)]?.week?.isCutback == true {
            for back in 2...8 {
                let start = monday.adding(days: -7 * back)
                if lived[start.adding(days: 6)]?.week?.isCutback == true { continue }
                r = max(r, doneMeters(step.runs, week: start))
                break
            }
        }
        return r
    }

    // MARK: - Rules

    private mutating func checkGrowth(_ step: Step) {
        let plan = step.plan
        guard [.build, .return, .hold].contains(plan.mode) else { return }
        let r = reference(step)
        // The return ramp: half, then three quarters of the volume before the break.
        // (Calendar weeks, Monday to Sunday, as P is measured: a mid-week planning day must not shift them.)
        let before = (0..<30).map { doneMeters(step.runs, week: step.day.monday.adding(days: -7 * $0 - 7)) }.max() ?? 0
        // A hold after a break is a return held at its first level, half of P.
        let returnLevel = plan.mode == .return ? 0.75 * before + 100 : plan.mode == .hold ? 0.5 * before + 100 : 0
        let slack = 100.0
        var lastFull: Double?
        for (k, week) in plan.weeks.enumerated() {
            let total = week.plannedMeters + week.alreadyRunMeters
            let limit: Double
            if k == 0 || (k == 1 && plan.weeks[0].index == 0) {
                // This week's rest and the first whole week: both at most 1.10 × R.
                limit = 1.10 * r + slack
            } else if plan.weeks[k - 1].isCutback {
                limit = (lastFull ?? 1.10 * r) + slack
            } else {
                limit = 1.10 * (plan.weeks[k - 1].plannedMeters + plan.weeks[k - 1].alreadyRunMeters) + slack
            }
            // What was run this week before the plan is the runner's; the plan adds nothing over the limit.
            if week.plannedMeters > 0, total > max(limit, returnLevel) {
                fail(
                    .growth, step.day,
                    "\(plan.mode.rawValue) week of \(week.start) plans \(km(total)) over the limit \(km(limit)) (R \(km(r)))"
                )
            }
            if !week.isCutback, week.index > 0 { lastFull = total }
        }
    }

    private mutating func checkRunCap(_ step: Step) {
        var planned: [(day: CalendarDay, meters: Double, seconds: Double)] = []
        let doneRuns = step.runs.map {
            (day: CalendarDay($0.localStart), meters: $0.distanceMeters, seconds: $0.movingSeconds)
        }
        for (day, session) in step.plan.datedSessions where session.kind.isRun {
            let window = (doneRuns + planned).filter { $0.day >= day.adding(days: -30) && $0.day < day }
            if let meters = session.distanceMeters {
                let base = window.map(\.meters).max() ?? 0
                if base > 0, meters > 1.10 * base + 0.5 {
                    fail(.runCap, step.day, "run of \(km(meters)) on \(day) over 1.10 × \(km(base))")
                }
                planned.append((day, meters, meters * 0.36))
            } else if case .runWalk(let set) = session.main {
                let base = window.map(\.seconds).max() ?? 0
                if base > 0, Double(set.longestRunSeconds) > 1.10 * base + 0.5 {
                    fail(
                        .runCap, step.day,
                        "Couch-to-5K week \(set.week) block of \(set.longestRunSeconds) s on \(day) over 1.10 × \(Int(base)) s"
                    )
                }
                planned.append((day, Double(300 + set.seconds) * 1.9, Double(300 + set.seconds)))
            }
        }
    }

    /// The verdict a review must give, from the week's stored plan and the runs done.
    private func expectedVerdict(_ review: WeekReview, runs: [Run]) -> String? {
        guard review.planMadeOn != nil else { return "no_plan" }
        let sessions = review.lines.compactMap(\.planned).filter(\.kind.isRun)
        guard !sessions.isEmpty else { return "no_runs_planned" }
        let week = done(runs, from: review.weekStart, to: review.weekStart.adding(days: 7))
        guard !week.isEmpty else { return "missed" }
        let timeBased = sessions.allSatisfy { $0.distanceMeters == nil }
        let planned =
            timeBased
            ? Double(sessions.map(\.durationSeconds).reduce(0, +)) : sessions.compactMap(\.distanceMeters).reduce(0, +)
        let doneAmount =
            timeBased ? week.reduce(0) { $0 + $1.movingSeconds } : week.reduce(0) { $0 + $1.distanceMeters }
        let overCap = week.contains { run in
            let day = CalendarDay(run.localStart)
            let before = done(runs, from: day.adding(days: -30), to: day).map {
                timeBased ? $0.movingSeconds : $0.distanceMeters
            }
            let base = before.max() ?? 0
            return base > 0 && (timeBased ? run.movingSeconds : run.distanceMeters) > 1.10 * base + 0.5
        }
        if overCap || doneAmount > 1.10 * planned { return "above_plan" }
        return doneAmount < 0.90 * planned ? "below_plan" : "as_planned"
    }

    private mutating func checkReview(_ review: WeekReview, step: Step) {
        if let expected = expectedVerdict(review, runs: step.runs), review.outcome.rawValue != expected {
            fail(
                .reviewVerdict, step.day,
                "week of \(review.weekStart): \(review.outcome.rawValue), expected \(expected) (done \(km(review.doneMeters)) of \(km(review.plannedMeters)))"
            )
        }
        guard let next = review.nextTargetMeters else { return }
        let thisWeek = step.plan.weeks.first { $0.start == review.weekStart.adding(days: 7) }
        guard step.plan.mode.allowsRunning, let thisWeek else {
            fail(
                .reviewFigures, step.day,
                "the review names next week \(km(next)) but the \(step.plan.mode.rawValue) plan has no such week")
            return
        }
        let given = thisWeek.plannedMeters + thisWeek.alreadyRunMeters
        if abs(next - given) > 50 {
            fail(
                .reviewFigures, step.day,
                "the review names next week \(km(next)); the plan made that day gives \(km(given))")
        }
        // Growth is more than the week planned and more than was done in it (a hold at what was run is no growth).
        if step.plan.mode == .hold, next > max(review.plannedMeters, review.doneMeters) + 50 {
            fail(.reviewFigures, step.day, "a hold day's review promises growth (\(km(next)))")
        }
    }

    /// Pauses from the check-ins alone: a pause with leg signs or an urgent result lifts only with
    /// `--cleared`; seven pain-free days lift only a plain pause.
    private func pauseStanding(on day: CalendarDay) -> (plain: Bool, legSigns: Bool) {
        var plain = false
        var legSigns = false
        var painFreeSince: CalendarDay?
        for checkIn in checkIns where checkIn.day <= day {
            if !checkIn.symptoms.isEmpty {
                legSigns = true
            } else if checkIn.backPain == .persistent {
                plain = true
            }
            if checkIn.isCleared {
                plain = false
                legSigns = false
            }
            if checkIn.backPain == .none && checkIn.symptoms.isEmpty {
                let first = painFreeSince ?? checkIn.day
                painFreeSince = first
                if first.days(to: checkIn.day) + 1 >= 7 { plain = false }
            } else {
                painFreeSince = nil
            }
        }
        return (plain, legSigns)
    }

    private mutating func checkPauses(_ step: Step) {
        let plan = step.plan
        let standing = pauseStanding(on: step.day)
        if standing.legSigns && plan.mode.allowsRunning {
            fail(
                .pauses, step.day,
                "a pause for leg signs or an urgent result lifted without --cleared (\(plan.mode.rawValue))")
        } else if standing.plain && plan.mode.allowsRunning {
            fail(.pauses, step.day, "a pause lifted before seven pain-free days (\(plan.mode.rawValue))")
        }
        guard plan.mode == .paused else { return }
        let text = plan.advisories.map { $0.title + " " + $0.message }.joined(separator: " ").lowercased()
        if !["both legs", "saddle", "bladder", "weakness"].allSatisfy(text.contains) {
            fail(.pauses, step.day, "the paused plan does not list the urgent signs")
        }
        for (day, session) in plan.datedSessions where session.kind == .backCare {
            guard case .exercises(let list) = session.main else { continue }
            if list.contains(where: { $0.name == .sidePlank && $0.dose != .seconds(15) }) {
                fail(.pauses, step.day, "back care in a pause grows beyond its entry dose on \(day)")
                break
            }
            if standing.legSigns, list.contains(where: { $0.name == .hamstringStretch }) {
                fail(.pauses, step.day, "a hamstring stretch while leg symptoms last on \(day)")
                break
            }
        }
    }

    private mutating func checkWeeks(_ step: Step) {
        let plan = step.plan
        for (k, week) in plan.weeks.enumerated() where k > 0 && week.isCutback {
            let before = plan.weeks[k - 1]
            guard before.index > 0 else { continue }
            let runs = { (w: PlanWeek) in w.days.flatMap(\.sessions).filter(\.kind.isRun).count }
            if week.plannedMeters >= before.plannedMeters || runs(week) > runs(before) {
                fail(
                    .lighterWeeks, step.day,
                    "lighter week of \(week.start): \(km(week.plannedMeters)) in \(runs(week)) runs after \(km(before.plannedMeters)) in \(runs(before))"
                )
            }
        }
        for (day, session) in plan.datedSessions where session.distanceMeters != nil {
            if session.durationSeconds - session.warmUpSeconds - session.coolDownSeconds
                < session.warmUpSeconds + session.coolDownSeconds
            {
                fail(.shortRuns, step.day, "a run on \(day) shorter than its warm-up and cool-down")
                break
            }
        }
        // A mid-week re-plan keeps the week's earlier planned runs planned.
        for review in [step.review] + (step.planReview.map { [$0] } ?? []) {
            guard let madeOn = review.planMadeOn else { continue }
            for line in review.lines where line.status.rawValue == "extra" {
                guard let run = line.run, run.day < madeOn, lived[run.day]?.plannedRun == true else { continue }
                fail(.midWeekReplan, step.day, "a run planned on \(run.day) counted as extra after a re-plan")
            }
        }
    }

    /// A pattern done four weeks or more without pain is not cut in a build plan (a lighter week, the safer
    /// rule, may cut it).
    private mutating func checkPatterns(_ step: Step) {
        guard step.plan.mode == .build,
            let week = step.plan.weeks.first(where: { $0.index >= 1 }), !week.isCutback
        else { return }
        let monday = step.day.monday
        let weeks = (1...4).map { back -> [Int: Double] in
            var byDay: [Int: Double] = [:]
            for run in done(step.runs, from: monday.adding(days: -7 * back), to: monday.adding(days: -7 * back + 7)) {
                let day = CalendarDay(run.localStart).isoWeekday
                byDay[day] = max(byDay[day] ?? 0, run.distanceMeters)
            }
            return byDay
        }
        let days = Set(weeks[0].keys)
        guard days.count >= 2, weeks.allSatisfy({ Set($0.keys) == days }),
            !checkIns.contains(where: {
                $0.day >= monday.adding(days: -28) && !($0.backPain == .none && $0.symptoms.isEmpty)
            })
        else { return }
        // The long run is on Sunday or the latest available day before it; the day after it stays a rest day (the
        // safer rule: a pattern overrides only "the day before the long run at most half of it").
        let longDay =
            (0..<7).map { (7 - $0 - 1) % 7 + 1 }.first { day in runner.weekdays.contains { $0.number == day } } ?? 7
        // A pattern some of whose days the runner no longer has is not theirs to keep.
        guard days.allSatisfy({ weekday in runner.weekdays.contains { $0.number == weekday } }) else { return }
        let kept = days.sorted().filter { weekday in weekday != longDay % 7 + 1 }
        // The growth rule wins: a week that may not plan the pattern's smallest weeks does not keep it.
        let floors = kept.map { weekday in weeks.compactMap { $0[weekday] }.min() ?? 0 }
        guard week.plannedMeters >= 0.95 * floors.reduce(0, +) else { return }
        // The long run's share wins too: a pattern whose smallest runs, or its own split, give one run more than its
        // share of the week (with two runs twice the other; with n, s/(1 − s) × the others) is not kept.
        let split = kept.map { weekday in weeks.compactMap { $0[weekday] }.reduce(0, +) }
        guard !breaksLongRunShare(floors), !breaksLongRunShare(split) else { return }
        // So does "no run shorter than its warm-up and cool-down": a pattern with a run under it is not kept.
        guard floors.allSatisfy({ $0 >= shortestRun(step) }) else { return }
        for weekday in kept {
            let least = weeks.compactMap { $0[weekday] }.min() ?? 0
            let planned =
                week.days.first { $0.date.isoWeekday == weekday }?.sessions.compactMap(\.distanceMeters).max() ?? 0
            if planned < 0.95 * least {
                fail(
                    .patterns, step.day,
                    "weekday \(weekday): \(km(planned)) planned after four weeks of at least \(km(least))")
                return
            }
        }
    }

    /// True when the longest of `runs` is more than its share of the week allows (docs/planning-rules.md,
    /// "Distribution"): with two runs twice the other, with three 40 %, four 35 %, five or more 30 % of the week.
    private func breaksLongRunShare(_ runs: [Double]) -> Bool {
        guard runs.count >= 2, let longest = runs.max() else { return false }
        let others = runs.reduce(0, +) - longest
        let share: Double = runs.count == 2 ? 0.5 : runs.count == 3 ? 0.40 : runs.count == 4 ? 0.35 : 0.30
        return longest > share / (1 - share) * others + 1
    }

    private func km(_ meters: Double) -> String { String(format: "%.1f km", meters / 1000) }
}
