/// R3 and R10: the plan mode from the pain check-in and the history figures.
enum ModeSelection {
    static func mode(history: HistoryFigures, options: PlanOptions) -> PlanMode {
        if options.symptoms.contains(where: \.isUrgent) { return .urgent }
        if !options.symptoms.isEmpty || options.backPain == .persistent { return .paused }
        if isBeginner(history) { return .beginner }
        if options.backPain == .mild { return .hold }
        if let gap = history.daysSinceLastRun, (11...90).contains(gap) { return .return }
        return .build
    }

    /// No run in the last 90 days, or B4 < 5 km and L30 < 3 km. After a break of 11–90 days both figures are
    /// taken as they stood at the last run (P and the longest run of the 30 days up to it): a break empties B4 and
    /// L30, and R3.3's return rule, not Couch-to-5K, is what a runner with a base needs after up to 90 days off.
    static func isBeginner(_ history: HistoryFigures) -> Bool {
        guard let gap = history.daysSinceLastRun, gap <= 90 else { return true }
        if gap >= 11 {
            return (history.weekAverageBeforeBreakMeters ?? 0) < 5000 && (history.longestRunBeforeBreakMeters ?? 0) < 3000
        }
        return history.averageWeekMeters < 5000 && history.longestRecentRunMeters < 3000
    }

    /// R7 level cap on runs per week from B4.
    static func levelCap(averageWeekMeters b4: Double) -> Int {
        switch b4 {
        case ..<15_000: 3
        case ..<30_000: 4
        case ..<50_000: 5
        default: 6
        }
    }

    /// R7 long-run share s of the weekly target for `runs` runs a week.
    static func longRunShare(runs: Int) -> Double {
        switch runs {
        case ...2: 0.50
        case 3: 0.40
        case 4: 0.35
        default: 0.30
        }
    }
}
