public import RunModel

/// One planned week, Monday to Sunday: its target, what was actually planned, and its days.
public struct PlanWeek: Sendable, Hashable, Codable {
    /// Position in the plan: 0 for the rest of the current week (docs/planning-rules.md, "This week"), then 1, 2, …
    public var index: Int
    /// The Monday the week starts on.
    public var start: CalendarDay
    /// Weekly target floored to 0.1 of the display unit (for week 0: the whole week's level, runs already done included).
    public var targetMeters: Double
    /// Sum of the planned runs; below the target when the cap, the run days or the growth rule hold it back.
    public var plannedMeters: Double
    /// A lighter week.
    public var isCutback: Bool
    /// The planned days, in order: Monday to Sunday, or from the plan's first day on in week 0. A day without
    /// sessions is a rest day.
    public var days: [PlanDay]
    /// True when the single-run cap made the week smaller than its target.
    public var isLimitedByRunCap: Bool
    /// The longest run of the 30 days before the week's long-run day (history and planned runs), in metres.
    public var longestRecentRunMeters: Double
    /// True when one or two run days a week held the week below its target (at most 1.5 × the long run).
    public var isLimitedByRunDays: Bool
    /// True when the week may plan at most 10 % more than the week before planned, and that held it below target.
    public var isLimitedByWeeklyGrowth: Bool
    /// True when the distribution rules left part of the target unplanned: no run under 2 km, the long run at most
    /// its share of the week, a run the day before the long run at most half of it, rest days between runs.
    public var isLimitedByDistribution: Bool
    /// Week 0 only: the distance already run this week before the plan's first day (or on it, before planning).
    public var alreadyRunMeters: Double

    public init(
        index: Int, start: CalendarDay, targetMeters: Double, plannedMeters: Double, isCutback: Bool, days: [PlanDay],
        isLimitedByRunCap: Bool = false, longestRecentRunMeters: Double = 0, isLimitedByRunDays: Bool = false,
        isLimitedByWeeklyGrowth: Bool = false, isLimitedByDistribution: Bool = false, alreadyRunMeters: Double = 0
    ) {
        self.index = index
        self.start = start
        self.targetMeters = targetMeters
        self.plannedMeters = plannedMeters
        self.isCutback = isCutback
        self.days = days
        self.isLimitedByRunCap = isLimitedByRunCap
        self.longestRecentRunMeters = longestRecentRunMeters
        self.isLimitedByRunDays = isLimitedByRunDays
        self.isLimitedByWeeklyGrowth = isLimitedByWeeklyGrowth
        self.isLimitedByDistribution = isLimitedByDistribution
        self.alreadyRunMeters = alreadyRunMeters
    }

    /// True when a rule held the week below its target (each such rule has its flag).
    public var isHeldBelowTarget: Bool {
        isLimitedByRunCap || isLimitedByRunDays || isLimitedByWeeklyGrowth || isLimitedByDistribution
    }

    /// The Sunday the week ends on.
    public var end: CalendarDay { start.adding(days: 6) }

    /// The longest planned run of the week in metres (0 when none).
    public var longestRunMeters: Double {
        days.flatMap(\.sessions).compactMap(\.distanceMeters).max() ?? 0
    }
}
