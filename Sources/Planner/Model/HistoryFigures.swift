public import RunModel

/// What the history says at `today` (docs/planning-rules.md, "History figures"): the last weeks, the longest recent run, days off, pace and load ratios.
public struct HistoryFigures: Sendable, Hashable, Codable {
    /// One complete Monday–Sunday week of history.
    public struct WeekTotal: Sendable, Hashable, Codable {
        public var start: CalendarDay
        public var meters: Double
        public var longestRunMeters: Double
        public var runs: Int
        /// L30 at the week's Monday: the longest run of the 30 days before the week (the plan reports the two side by side).
        public var longestRunBeforeMeters: Double

        public init(
            start: CalendarDay, meters: Double, longestRunMeters: Double, runs: Int, longestRunBeforeMeters: Double = 0
        ) {
            self.start = start
            self.meters = meters
            self.longestRunMeters = longestRunMeters
            self.runs = runs
            self.longestRunBeforeMeters = longestRunBeforeMeters
        }

        /// The week's longest run against the longest of the 30 days before it (0.2 = 20 % longer); nil without both.
        public var longestRunChange: Double? {
            guard longestRunMeters > 0, longestRunBeforeMeters > 0 else { return nil }
            return longestRunMeters / longestRunBeforeMeters - 1
        }
    }

    /// W1…W4 in metres, W1 (the last complete week) first.
    public var lastFourWeeksMeters: [Double]
    /// B4 = mean(W1…W4).
    public var averageWeekMeters: Double
    /// L30 as of today: the longest run of the 30 days up to and including today.
    public var longestRecentRunMeters: Double
    /// G = days since the last run (nil when there is none).
    public var daysSinceLastRun: Int?
    /// Date of the last run counted (nil when none).
    public var lastRunDate: CalendarDay?
    /// P = mean of the 4 complete weeks ending at the last run (nil when none).
    public var weekAverageBeforeBreakMeters: Double?
    /// The longest run of the 30 days up to and including the last run (the base before a break), nil when none.
    public var longestRunBeforeBreakMeters: Double?
    /// Median pace of the runs of the last 8 weeks, seconds per kilometre (nil when none).
    public var medianPaceSecondsPerKilometer: Double?
    /// Pace the planner used for event lengths (the median, or a 7:00/km default).
    public var planningPaceSecondsPerKilometer: Double
    /// Acute:chronic ratio, rolling 7-day load over the 28-day weekly mean (nil without chronic load).
    public var acuteChronicRatio: Double?
    /// Acute:chronic ratio from exponentially weighted daily loads (7- and 28-day spans).
    public var acuteChronicRatioEWMA: Double?
    /// W1 / W2 − 1 (nil when W2 is 0).
    public var weekOverWeekChange: Double?
    /// The last 8 complete weeks, oldest first (for charts).
    public var recentWeeks: [WeekTotal]
    /// The week of `today`, Monday up to and including today (for charts: the week so far); nil when unknown.
    public var currentWeek: WeekTotal?
    /// Running activities counted.
    public var runsCounted: Int
    /// Walks, rides, swims and other activities listed but not counted.
    public var otherActivities: Int

    public init(
        lastFourWeeksMeters: [Double], averageWeekMeters: Double, longestRecentRunMeters: Double,
        daysSinceLastRun: Int?,
        lastRunDate: CalendarDay?, weekAverageBeforeBreakMeters: Double?, medianPaceSecondsPerKilometer: Double?,
        planningPaceSecondsPerKilometer: Double, acuteChronicRatio: Double?, acuteChronicRatioEWMA: Double?,
        weekOverWeekChange: Double?, recentWeeks: [WeekTotal], runsCounted: Int, otherActivities: Int,
        longestRunBeforeBreakMeters: Double? = nil, currentWeek: WeekTotal? = nil
    ) {
        self.currentWeek = currentWeek
        self.longestRunBeforeBreakMeters = longestRunBeforeBreakMeters
        self.lastFourWeeksMeters = lastFourWeeksMeters
        self.averageWeekMeters = averageWeekMeters
        self.longestRecentRunMeters = longestRecentRunMeters
        self.daysSinceLastRun = daysSinceLastRun
        self.lastRunDate = lastRunDate
        self.weekAverageBeforeBreakMeters = weekAverageBeforeBreakMeters
        self.medianPaceSecondsPerKilometer = medianPaceSecondsPerKilometer
        self.planningPaceSecondsPerKilometer = planningPaceSecondsPerKilometer
        self.acuteChronicRatio = acuteChronicRatio
        self.acuteChronicRatioEWMA = acuteChronicRatioEWMA
        self.weekOverWeekChange = weekOverWeekChange
        self.recentWeeks = recentWeeks
        self.runsCounted = runsCounted
        self.otherActivities = otherActivities
    }
}
