public import RunModel

/// What the runner chose for a plan: days, long-run day, ceiling, units, length, start and the pain check-in.
public struct PlanOptions: Sendable, Hashable, Codable {
    /// Weekdays the runner can run on (default: all). Empty means all.
    public var weekdays: Set<Weekday>
    /// Preferred long-run day (default Sunday); the nearest available day before it when not available.
    public var longRunDay: Weekday
    /// Optional weekly ceiling in metres (a user may tighten, never loosen, the ramp).
    public var weeklyCeilingMeters: Double?
    /// The weekly distance the runner wants to get to and stay at, in metres (`--goal`): the plan grows towards it
    /// by the usual rules and then holds there, every fourth week lighter (docs/planning-rules.md, "A goal").
    public var goalMeters: Double?
    /// Display unit; all planned distances are floored to 0.1 of it.
    public var units: DistanceUnit
    /// Number of plan weeks, 1–12 (clamped).
    public var weeks: Int
    /// The plan's first day when later than today: the rest of its week is week 0, week 1 starts on the next Monday, and
    /// the cap and the mode are worked out on these real dates (docs/planning-rules.md, "Calendar").
    public var start: CalendarDay?
    /// Pain check-in (docs/planning-rules.md, "Pain check-in").
    public var backPain: BackPain
    /// Warning signs reported with the check-in.
    public var symptoms: Set<Symptom>
    /// Every stored check-in, today's included; when not empty they decide the pain level instead
    /// of `backPain` and `symptoms` (docs/weekly-loop.md). Not part of the plan's JSON.
    public var checkIns: [CheckIn] = []
    /// The plan stored before this one, which a re-plan continues (docs/weekly-loop.md). Not part of the plan's JSON.
    public var previousPlan: PlanRecord? = nil
    /// The latest stored build or return plan before `previousPlan` or equal to it: the lighter-week cycle goes on from
    /// it when a Couch-to-5K, hold or paused plan was stored after it (docs/planning-rules.md, "Cutback weeks"). Not
    /// part of the plan's JSON.
    public var lastBuildPlan: PlanRecord? = nil
    /// The run/walk sessions the runner's stored plans had, by day (`PlanRecord.runWalkSessions`): a run done that
    /// day is as long a continuous run as the session's longest block, not its whole recorded time (a watch records
    /// the walks too), and one session of its Couch-to-5K week done. Not part of the plan's JSON.
    public var runWalkSessions: [CalendarDay: RememberedRunWalk] = [:]

    public init(
        weekdays: Set<Weekday> = Set(Weekday.allCases), longRunDay: Weekday = .sun, weeklyCeilingMeters: Double? = nil,
        units: DistanceUnit = .kilometers, weeks: Int = 4, start: CalendarDay? = nil, backPain: BackPain = .none,
        symptoms: Set<Symptom> = [], goalMeters: Double? = nil
    ) {
        self.weekdays = weekdays
        self.longRunDay = longRunDay
        self.weeklyCeilingMeters = weeklyCeilingMeters
        self.goalMeters = goalMeters
        self.units = units
        self.weeks = weeks
        self.start = start
        self.backPain = backPain
        self.symptoms = symptoms
    }

    enum CodingKeys: String, CodingKey {
        case weekdays, longRunDay, weeklyCeilingMeters, goalMeters, units, weeks, start, backPain, symptoms
    }

    /// Encodes the sets sorted, so the same options always give the same bytes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(weekdays.sorted(), forKey: .weekdays)
        try container.encode(longRunDay, forKey: .longRunDay)
        try container.encodeIfPresent(weeklyCeilingMeters, forKey: .weeklyCeilingMeters)
        try container.encodeIfPresent(goalMeters, forKey: .goalMeters)
        try container.encode(units, forKey: .units)
        try container.encode(weeks, forKey: .weeks)
        try container.encodeIfPresent(start, forKey: .start)
        try container.encode(backPain, forKey: .backPain)
        try container.encode(symptoms.sorted(), forKey: .symptoms)
    }

    /// The weekly distance no planned week exceeds: the lower of `--max-week` and the goal (nil: neither).
    public var ceilingMeters: Double? {
        switch (weeklyCeilingMeters, goalMeters) {
        case (let ceiling?, let goal?): min(ceiling, goal)
        case (let ceiling, let goal): ceiling ?? goal
        }
    }

    /// Allowed range of `weeks`.
    public static let weekRange = 1...12

    /// The options with out-of-range values brought into range (weeks clamped, empty weekdays = all, bad ceiling dropped).
    public var normalized: PlanOptions {
        var copy = self
        copy.weeks = min(max(weeks, PlanOptions.weekRange.lowerBound), PlanOptions.weekRange.upperBound)
        if copy.weekdays.isEmpty { copy.weekdays = Set(Weekday.allCases) }
        if let ceiling = weeklyCeilingMeters, !(ceiling.isFinite && ceiling >= 0) { copy.weeklyCeilingMeters = nil }
        if let goal = goalMeters, !(goal.isFinite && goal > 0) { copy.goalMeters = nil }
        return copy
    }
}
