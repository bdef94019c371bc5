import RunModel

extension PainState {
    /// The break of a return plan from a lifted pause: the days from the first day of the pause to the plan's
    /// first day (at least a week, never less than `gapDays`). Nil unless a pause was lifted, no run was done
    /// since, and the history alone would plan a build or return plan.
    func returnGap(_ gapDays: Int?, mode: PlanMode, history: RunHistory, firstDay: CalendarDay) -> Int? {
        guard let resumption, mode == .build || mode == .return else { return nil }
        if let last = history.lastRunDay, last >= resumption.liftedOn { return nil }
        return max(gapDays ?? 0, resumption.pausedOn.days(to: firstDay), 7)
    }
}
