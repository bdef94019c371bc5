import RunModel

/// The single-run cap on real dates (docs/planning-rules.md, "Single-run cap"): L30(d) over the history **and** the
/// runs planned so far, so each planned run can be held to 1.10 × L30(its date).
struct RunCapTracker: Sendable {
    /// History runs that can fall in any plan day's 30-day window, by date.
    private var history: [(day: CalendarDay, meters: Double)]
    /// Planned runs so far, by date.
    private(set) var planned: [(day: CalendarDay, meters: Double)] = []
    /// The base of the cap when no run at all, history or planned, falls in the window (the first run after a
    /// break): half the longest run of the four weeks before the break.
    let fallbackMeters: Double

    init(history: RunHistory, firstDay: CalendarDay, fallbackMeters: Double) {
        self.history = history.entries(
            from: firstDay.adding(days: -RunHistory.capLookBackDays), to: history.today.adding(days: 1)
        )
        .map { ($0.day, $0.meters) }
        self.fallbackMeters = fallbackMeters
    }

    /// L30(d): the longest run in the 30 days before `day`; planned runs from `plannedBefore` on are ignored.
    func longestRun(before day: CalendarDay, ignoringPlannedFrom plannedBefore: CalendarDay? = nil) -> Double {
        let from = day.adding(days: -RunHistory.capLookBackDays)
        var longest = 0.0
        for run in history where run.day >= from && run.day < day { longest = max(longest, run.meters) }
        let limit = min(day, plannedBefore ?? day)
        for run in planned where run.day >= from && run.day < limit { longest = max(longest, run.meters) }
        return longest
    }

    /// The base of the cap on `day`: L30, or the fallback when no run at all falls in the window. The fallback
    /// seeds only the first run after a break; every later run is held to the runs before it.
    func capBase(before day: CalendarDay, ignoringPlannedFrom plannedBefore: CalendarDay? = nil) -> Double {
        let longest = longestRun(before: day, ignoringPlannedFrom: plannedBefore)
        return longest > 0 ? longest : fallbackMeters
    }

    mutating func record(day: CalendarDay, meters: Double) { planned.append((day, meters)) }

    /// The longest run, done or planned, on `day` (0 when none).
    func run(on day: CalendarDay) -> Double {
        (history.filter { $0.day == day }.map(\.meters) + planned.filter { $0.day == day }.map(\.meters)).max() ?? 0
    }
}
