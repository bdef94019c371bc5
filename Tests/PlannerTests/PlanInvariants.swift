import Planner
import RunModel

/// planner.md's invariants, checked on a finished plan from the raw inputs (independently of the planner's code).
struct PlanInvariants {
    let runs: [Run]
    let today: CalendarDay
    let options: PlanOptions
    let plan: Plan
    /// Counted history runs: running, positive finite distance, on or before today.
    let history: [(day: CalendarDay, meters: Double)]

    init(runs: [Run], today: CalendarDay, options: PlanOptions, plan: Plan) {
        self.runs = runs
        self.today = today
        self.options = options
        self.plan = plan
        self.history = runs.compactMap { run in
            let day = CalendarDay(run.localStart)
            guard run.sport.isRunning, run.distanceMeters.isFinite, run.distanceMeters > 0, day <= today else { return nil }
            return (day, run.distanceMeters)
        }
    }

    func weekTotal(_ monday: CalendarDay) -> Double {
        history.filter { $0.day >= monday && $0.day < monday.adding(days: 7) }.reduce(0) { $0 + $1.meters }
    }

    /// Every violated rule, one line each.
    func violations() -> [String] {
        var problems: [String] = []
        func check(_ condition: Bool, _ message: @autoclosure () -> String) { if !condition { problems.append(message()) } }
        let tolerance = 0.01  // metres
        let thisMonday = today.adding(days: 1 - today.isoWeekday)
        let w = (1...4).map { weekTotal(thisMonday.adding(days: -7 * $0)) }
        let b4 = w.reduce(0, +) / 4
        let ceiling = options.weeklyCeilingMeters ?? .infinity
        let weeksWanted = min(max(options.weeks, 1), 12)

        // Pain modes (R10) decide first.
        if options.symptoms.contains(where: { [.bothLegs, .saddleNumbness, .bladderBowel, .worseningWeakness].contains($0) }) {
            check(plan.mode == .urgent, "urgent symptoms must give urgent mode, got \(plan.mode)")
            check(plan.weeks.isEmpty, "urgent mode holds no plan")
            check(plan.advisories.first?.kind == .urgent, "urgent advice comes first")
            return problems
        }
        if !options.symptoms.isEmpty || options.backPain == .persistent {
            check(plan.mode == .paused, "symptoms must pause running, got \(plan.mode)")
            check(plan.advisories.first?.kind == .stopRunning, "the stop-running advice comes first")
        }
        if plan.mode == .hold { check(options.backPain == .mild, "hold only for mild back pain") }
        if options.backPain == .mild && options.symptoms.isEmpty {
            check(plan.mode == .hold || plan.mode == .beginner, "mild back pain must hold (or stay beginner), got \(plan.mode)")
        }

        // R3 mode from the history when the check-in is clear.
        let gap = history.map(\.day).max().map { $0.days(to: today) }
        if options.symptoms.isEmpty && options.backPain == .none {
            if gap == nil || (gap ?? 0) > 90 {
                check(plan.mode == .beginner, "no run in 90 days must be beginner, got \(plan.mode)")
            } else if let gap, gap <= 10, b4 >= 5_000 {
                check(plan.mode == .build, "a recent base must build, got \(plan.mode)")
            } else if let gap, gap >= 11 {
                check(plan.mode == .return || plan.mode == .beginner, "a break of \(gap) days must return, got \(plan.mode)")
            }
        }

        // R1 calendar.
        check(plan.weeks.count == weeksWanted, "expected \(weeksWanted) weeks, got \(plan.weeks.count)")
        let firstMonday = today.adding(days: (8 - today.isoWeekday) % 7)
        if options.start == nil { check(plan.weeks.first?.start == firstMonday, "plan must start on \(firstMonday)") }
        let days = plan.weeks.flatMap(\.days)
        for (offset, day) in days.enumerated() {
            check(day.date == (plan.weeks.first?.start ?? firstMonday).adding(days: offset), "days must be consecutive")
        }
        for week in plan.weeks { check(week.days.count == 7 && week.start.isoWeekday == 1, "week \(week.index) not Mon–Sun") }

        // Runs: warm-up and cool-down on every one, only on available days, at least one rest day a week.
        let available = options.weekdays.isEmpty ? Set(Weekday.allCases) : options.weekdays
        for day in days {
            for session in day.sessions where session.kind.isRun {
                check(session.warmUpSeconds == 600 && session.coolDownSeconds == 300, "\(day.date): run without warm-up/cool-down")
                check(session.steps.first?.hasPrefix("Warm-up 10 min") == true, "\(day.date): warm-up steps missing")
                check(session.steps.contains("Hamstring stretch, 2 × 30 s per leg"), "\(day.date): hamstring stretch missing")
                check(session.durationSeconds > 900, "\(day.date): event shorter than warm-up + cool-down")
                check(available.contains(Weekday(of: day.date)), "\(day.date): run on an unavailable day")
            }
            check(day.sessions.filter(\.kind.isRun).count <= 1, "\(day.date): two runs on one day")
        }
        for week in plan.weeks {
            check(week.days.contains { !$0.hasRun }, "week \(week.index) has no rest day")
        }
        if !plan.mode.allowsRunning {
            check(!days.contains(where: \.hasRun), "no runs in \(plan.mode) mode")
        }

        // No run the day after a long run (across weeks too).
        for (i, day) in days.enumerated() where day.sessions.contains(where: { $0.kind == .longRun }) && i + 1 < days.count {
            check(!days[i + 1].hasRun, "\(days[i + 1].date): run the day after the long run")
        }

        // Back care: twice a week (three times in hold and paused), never the day before the long run.
        for week in plan.weeks {
            let count = week.days.flatMap(\.sessions).filter { $0.kind == .backCare }.count
            let expected = plan.mode == .hold || plan.mode == .paused || (plan.mode == .beginner && options.backPain == .mild) ? 3 : 2
            check(count == expected, "week \(week.index): \(count) back-care sessions, expected \(expected)")
            for (i, day) in week.days.enumerated() where i + 1 < 7 && day.sessions.contains(where: { $0.kind == .backCare }) {
                check(!week.days[i + 1].sessions.contains { $0.kind == .longRun }, "\(day.date): back care the day before the long run")
            }
            if plan.mode == .paused {
                check(week.days.flatMap(\.sessions).allSatisfy { $0.steps.first?.contains("pain-free") == true }, "paused back care must say pain-free")
            }
            // The plank grows 5 s each week.
            if let steps = week.days.flatMap(\.sessions).first(where: { $0.kind == .backCare })?.steps {
                check(steps.contains("Plank 3 × \(20 + 5 * (week.index - 1)) s"), "week \(week.index): plank not +5 s a week")
            }
        }

        // Beginner: run/walk sessions never on consecutive days.
        if plan.mode == .beginner {
            for (i, day) in days.enumerated() where day.hasRun && i + 1 < days.count {
                check(!days[i + 1].hasRun, "\(day.date): beginner sessions on consecutive days")
            }
            check(days.flatMap(\.sessions).allSatisfy { $0.kind == .runWalk || $0.kind == .backCare }, "beginner runs are run/walk")
        }

        // R6 single-run cap, history and earlier planned runs included.
        var planned: [(day: CalendarDay, meters: Double)] = []
        let hist = history
        var fallback = 0.0
        if let last = hist.map(\.day).max() {
            let from = last.adding(days: 1 - last.isoWeekday - 21)
            fallback = 0.5 * (hist.filter { $0.day >= from && $0.day <= last }.map(\.meters).max() ?? 0)
        }
        let shift = options.start.map { _ in plan.weeks.first.map { firstMonday.days(to: $0.start) } ?? 0 } ?? 0
        for day in days {
            // --start only moves the weeks; the cap was applied at the natural dates.
            let date = day.date.adding(days: -shift)
            for session in day.sessions where session.kind.isRun {
                guard let meters = session.distanceMeters else { continue }
                let from = date.adding(days: -30)
                var l30 = 0.0
                for run in hist where run.day >= from && run.day < date { l30 = max(l30, run.meters) }
                let historyInWindow = l30 > 0
                for run in planned where run.day >= from && run.day < date { l30 = max(l30, run.meters) }
                if l30 == 0 {
                    check(plan.mode == .return, "\(day.date): run with no run in the 30 days before outside return mode")
                }
                // Return mode: with no history run in the window, the fallback is the floor of the cap's base.
                if !historyInWindow && plan.mode == .return { l30 = max(l30, fallback) }
                check(meters <= 1.10 * l30 + tolerance, "\(day.date): run \(meters) m over 1.10 × L30 = \(1.10 * l30)")
                let tenths = meters / options.units.metersPerTenth
                check(abs(tenths - tenths.rounded()) < 1e-6 && tenths >= 1, "\(day.date): \(meters) m is not whole tenths")
                planned.append((date, meters))
            }
        }

        // Weekly targets (R4, R5, return, hold).
        for week in plan.weeks {
            let runs = week.days.flatMap(\.sessions).filter(\.kind.isRun)
            let total = runs.compactMap(\.distanceMeters).reduce(0, +)
            check(abs(total - week.plannedMeters) < tolerance, "week \(week.index): planned total mismatch")
            check(week.plannedMeters <= week.targetMeters + tolerance, "week \(week.index): planned above target")
            check(week.targetMeters <= ceiling + tolerance, "week \(week.index): target above the ceiling")
            let long = runs.filter { $0.kind == .longRun }.compactMap(\.distanceMeters)
            check(long.count <= 1, "week \(week.index): several long runs")
            if let longest = long.first {
                check(runs.allSatisfy { ($0.distanceMeters ?? 0) <= longest + tolerance }, "week \(week.index): easy run longer than the long run")
                if !week.isLimitedByRunCap {
                    check(runs.filter { $0.kind == .easyRun }.allSatisfy { ($0.distanceMeters ?? 0) >= 2000 - tolerance }, "week \(week.index): easy run under 2 km")
                }
            }
            if plan.mode == .build || plan.mode == .return || plan.mode == .hold {
                let cap = b4 < 15_000 ? 3 : b4 < 30_000 ? 4 : b4 < 50_000 ? 5 : 6
                check(runs.count <= cap, "week \(week.index): \(runs.count) runs above the level cap \(cap)")
            }
        }
        let targets = plan.weeks.map(\.targetMeters)
        switch plan.mode {
        case .build:
            let rising = (0..<3).allSatisfy { w[$0] > 0 && w[$0] >= 1.05 * w[$0 + 1] }
            if let t1 = targets.first {
                check(t1 <= 1.10 * max(w[0], b4) + tolerance, "week 1 target \(t1) over 1.10 × max(W1, B4)")
                if !rising { check(t1 <= 1.30 * b4 + tolerance, "week 1 target over 1.30 × B4") }
            }
            for k in 1..<max(targets.count, 1) where k < targets.count {
                check(targets[k] <= 1.10 * targets[k - 1] + tolerance, "week \(k + 1) grows more than 10 %")
            }
            for week in plan.weeks {
                let shouldCut = rising ? (week.index - 1) % 4 == 0 : week.index % 4 == 0
                check(week.isCutback == shouldCut, "week \(week.index): cutback \(week.isCutback), expected \(shouldCut)")
                if week.isCutback {
                    let before = week.index == 1 ? w[0] : targets[week.index - 2]
                    check(week.targetMeters <= 0.75 * before + tolerance, "week \(week.index): cutback not at 0.75 ×")
                }
            }
        case .return:
            check(options.backPain != .mild, "return with mild pain must hold")
            let p = plan.history.weekAverageBeforeBreakMeters ?? 0
            check((targets.first ?? 0) <= 0.5 * p + tolerance, "return week 1 above 50 % of P")
            for k in 1..<max(targets.count, 1) where k < targets.count {
                check(targets[k] <= max(1.10 * targets[k - 1], 0.75 * p) + tolerance, "return week \(k + 1) grows too fast")
            }
            check(plan.weeks.allSatisfy { !$0.isCutback }, "no cutback inside a return")
            if let gap = plan.history.daysSinceLastRun, gap > 30, let first = plan.weeks.first {
                check(!first.days.flatMap(\.sessions).contains { $0.kind == .longRun }, "return after > 30 days: no long run in week 1")
            }
        case .hold:
            for target in targets { check(target <= min(w[0], b4) + tolerance, "hold target above min(W1, B4)") }
            let l30 = plan.history.longestRecentRunMeters
            for day in days { for s in day.sessions where s.kind == .longRun { check((s.distanceMeters ?? 0) <= l30 + tolerance, "hold long run grows") } }
        default:
            break
        }
        return problems
    }
}
