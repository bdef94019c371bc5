import RunModel

/// The plan mode from the pain check-in and the history (docs/planning-rules.md, "Modes" and "Pain check-in").
enum ModeSelection {
    /// `gapDays`: days without running at the plan's first day (a later `--start` lengthens the gap).
    static func mode(history: HistoryFigures, options: PlanOptions, gapDays: Int?) -> PlanMode {
        if options.symptoms.contains(where: \.isUrgent) { return .urgent }
        if !options.symptoms.isEmpty || options.backPain == .persistent { return .paused }
        if isBeginner(history, gapDays: gapDays) { return .beginner }
        if options.backPain == .mild { return .hold }
        if let gap = gapDays, gap >= 11 { return .return }
        return .build
    }

    /// No run in the 90 days before the first day, or B4 < 5 km and L30 < 3 km. After a break of 11–90 days both
    /// figures are taken as they stood at the last run (P and the longest run of the 30 days up to it): a break
    /// empties B4 and L30, and the return rule, not Couch-to-5K, is what a runner with a base needs.
    static func isBeginner(_ history: HistoryFigures, gapDays: Int?) -> Bool {
        guard let gap = gapDays, gap <= 90 else { return true }
        if gap >= 11 {
            return (history.weekAverageBeforeBreakMeters ?? 0) < 5000
                && (history.longestRunBeforeBreakMeters ?? 0) < 3000
        }
        return history.averageWeekMeters < 5000 && history.longestRecentRunMeters < 3000
    }

    /// True when a planned running week is too small to be run safely as distance: under 5 km in all, or a long run
    /// under 3 km. Such a plan becomes Couch-to-5K. A week of easy runs only needs no long run; a week the run days
    /// hold to one or two runs may be under 5 km when its longest run is 3 km or more.
    static func isTooSmall(_ week: PlanWeek, runDays: Int) -> Bool {
        let hasLongRun = week.days.contains { $0.sessions.contains { $0.kind == .longRun } }
        let shortLongRun = week.longestRunMeters < 3000 - 1e-6
        let under5 = week.plannedMeters < 5000 - 1e-6
        if runDays <= 2 { return shortLongRun && (hasLongRun || under5) }
        return under5 || (hasLongRun && shortLongRun)
    }

    /// Runs-per-week level cap from B4.
    static func levelCap(averageWeekMeters b4: Double) -> Int {
        switch b4 {
        case ..<15_000: 3
        case ..<30_000: 4
        case ..<50_000: 5
        default: 6
        }
    }

    /// Long-run share s of the weekly target for `runs` runs a week.
    static func longRunShare(runs: Int) -> Double {
        switch runs {
        case ...2: 0.50
        case 3: 0.40
        case 4: 0.35
        default: 0.30
        }
    }
}
