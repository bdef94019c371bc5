public import RunModel

/// The planner's output: mode, history figures, the planned weeks and the advice to show first.
public struct Plan: Sendable, Hashable, Codable {
    public var mode: PlanMode
    public var today: CalendarDay
    /// W1…W4, B4, L30, G, P, pace, ACWR… measured at `today`.
    public var history: HistoryFigures
    /// The planned weeks, Monday to Sunday; empty in urgent mode.
    public var weeks: [PlanWeek]
    /// Pain / return / beginner / cap advice, shown before everything else.
    public var advisories: [Advisory]
    /// The options the plan was made with (after normalisation); units for display.
    public var options: PlanOptions
    /// When last week was a lighter week of the runner's cycle, the last full week done before it: the plan's first
    /// week is measured against it (docs/planning-rules.md, "Growth over the weekly loop"); nil otherwise.
    public var lastFullWeekMeters: Double?

    public init(
        mode: PlanMode, today: CalendarDay, history: HistoryFigures, weeks: [PlanWeek], advisories: [Advisory],
        options: PlanOptions = PlanOptions(), lastFullWeekMeters: Double? = nil
    ) {
        self.mode = mode
        self.today = today
        self.history = history
        self.weeks = weeks
        self.advisories = advisories
        self.options = options
        self.lastFullWeekMeters = lastFullWeekMeters
    }

    /// Display unit of the plan.
    public var units: DistanceUnit { options.units }

    /// Every session of the plan with its date, in date order.
    public var datedSessions: [(date: CalendarDay, session: Session)] {
        weeks.flatMap { week in week.days.flatMap { day in day.sessions.map { (day.date, $0) } } }
    }
}
