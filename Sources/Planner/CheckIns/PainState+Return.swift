import RunModel

extension PainState {
    /// The figures of a return plan from a lifted pause: the gap counted from the first day of the
    /// pause (at least a week). Nil unless a pause was lifted, no run was done since, and the
    /// history alone would plan a build or return plan.
    func returnFigures(_ figures: HistoryFigures, mode: PlanMode, history: RunHistory, today: CalendarDay) -> HistoryFigures? {
        guard let resumption, mode == .build || mode == .return else { return nil }
        if let last = history.lastRunDay, last >= resumption.liftedOn { return nil }
        var copy = figures
        copy.daysSinceLastRun = max(figures.daysSinceLastRun ?? 0, resumption.pausedOn.days(to: today), 7)
        return copy
    }
}
