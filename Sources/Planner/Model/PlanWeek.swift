public import RunModel

/// One planned week, Monday to Sunday: its target, what was actually planned, and the seven days.
public struct PlanWeek: Sendable, Hashable, Codable {
    /// 1-based position in the plan.
    public var index: Int
    /// The Monday the week starts on.
    public var start: CalendarDay
    /// Weekly target (R4/R5, return or hold rules), floored to 0.1 of the display unit.
    public var targetMeters: Double
    /// Sum of the planned runs; below the target when the single-run cap binds or runs were dropped.
    public var plannedMeters: Double
    /// A lighter week (R5).
    public var isCutback: Bool
    /// Seven days, Monday to Sunday; a day without sessions is a rest day.
    public var days: [PlanDay]
    /// True when the single-run cap (R6) made the week smaller than its target.
    public var isLimitedByRunCap: Bool
    /// The longest run of the 30 days before the week's long run (history and planned runs), in metres.
    public var longestRecentRunMeters: Double

    public init(
        index: Int, start: CalendarDay, targetMeters: Double, plannedMeters: Double, isCutback: Bool, days: [PlanDay],
        isLimitedByRunCap: Bool = false, longestRecentRunMeters: Double = 0
    ) {
        self.index = index
        self.start = start
        self.targetMeters = targetMeters
        self.plannedMeters = plannedMeters
        self.isCutback = isCutback
        self.days = days
        self.isLimitedByRunCap = isLimitedByRunCap
        self.longestRecentRunMeters = longestRecentRunMeters
    }

    /// The Sunday the week ends on.
    public var end: CalendarDay { start.adding(days: 6) }

    /// The longest planned run of the week in metres (0 when none).
    public var longestRunMeters: Double {
        days.flatMap(\.sessions).compactMap(\.distanceMeters).max() ?? 0
    }
}
