import RunModel

/// R6: L30(d) over history **and** planned runs, so each planned run can be held to 1.10 × L30(its date).
struct RunCapTracker: Sendable {
    /// History runs that can fall in any plan day's 30-day window, by date.
    private var history: [(day: CalendarDay, meters: Double)]
    /// Planned runs so far, by date.
    private(set) var planned: [(day: CalendarDay, meters: Double)] = []
    /// Used when no run at all falls in the window (return after more than 30 days off): half the longest run
    /// of the four weeks before the break.
    let fallbackMeters: Double

    init(history: RunHistory, planStart: CalendarDay, fallbackMeters: Double) {
        self.history = history.entries(from: planStart.adding(days: -30), to: history.today.adding(days: 1))
            .map { ($0.day, $0.meters) }
        self.fallbackMeters = fallbackMeters
    }

    /// L30(d): the longest run in the 30 days before `day`; planned runs from `plannedBefore` on are ignored.
    func longestRun(before day: CalendarDay, ignoringPlannedFrom plannedBefore: CalendarDay? = nil) -> Double {
        let from = day.adding(days: -30)
        var longest = 0.0
        for run in history where run.day >= from && run.day < day { longest = max(longest, run.meters) }
        let limit = min(day, plannedBefore ?? day)
        for run in planned where run.day >= from && run.day < limit { longest = max(longest, run.meters) }
        return longest
    }

    /// The base of the cap on `day`: L30, or, when no run of the history falls in the window, the
    /// larger of the planned runs in it and the fallback — shorter planned runs earlier in the week
    /// must not pull the cap below what an empty window allows.
    func capBase(before day: CalendarDay, ignoringPlannedFrom plannedBefore: CalendarDay? = nil) -> Double {
        let longest = longestRun(before: day, ignoringPlannedFrom: plannedBefore)
        let from = day.adding(days: -30)
        let historyInWindow = history.contains { $0.day >= from && $0.day < day }
        return historyInWindow ? longest : max(longest, fallbackMeters)
    }

    mutating func record(day: CalendarDay, meters: Double) { planned.append((day, meters)) }
}
