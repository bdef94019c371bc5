public import RunModel

/// What the log keeps of a plan that was written: when it was made, its mode, and per week the
/// target, the planned total, the back-care week number and the sessions with their days. A
/// re-plan continues it (`PlanContinuation`) and `runramp review` compares it with the runs.
///
/// Its JSON keys are its own and versioned by `schema`, independent of `runramp plan --format json`.
public struct PlanRecord: Sendable, Hashable, Codable {
    /// One planned session.
    public struct PlannedSession: Sendable, Hashable, Codable {
        public var day: CalendarDay
        public var kind: Session.Kind
        /// Metres for a run with a distance; nil for back care and run/walk.
        public var distanceMeters: Double?
        public var durationSeconds: Int
        public var title: String
        /// A run/walk session's longest running block in seconds (nil for other sessions and in older records).
        public var longestRunSeconds: Int?
        /// A run/walk session's Couch-to-5K programme week, 1–9 (nil for other sessions and in older records).
        public var programmeWeek: Int?

        public init(
            day: CalendarDay, kind: Session.Kind, distanceMeters: Double?, durationSeconds: Int, title: String,
            longestRunSeconds: Int? = nil, programmeWeek: Int? = nil
        ) {
            self.day = day
            self.kind = kind
            self.distanceMeters = distanceMeters
            self.durationSeconds = durationSeconds
            self.title = title
            self.longestRunSeconds = longestRunSeconds
            self.programmeWeek = programmeWeek
        }

        enum CodingKeys: String, CodingKey {
            case day, kind, title
            case distanceMeters = "distance_meters"
            case durationSeconds = "duration_seconds"
            case longestRunSeconds = "longest_run_seconds"
            case programmeWeek = "programme_week"
        }
    }

    /// One planned week, Monday to Sunday.
    public struct Week: Sendable, Hashable, Codable {
        public var start: CalendarDay
        public var targetMeters: Double
        public var plannedMeters: Double
        public var isCutback: Bool
        /// The back-care routine's week number (the side plank grows with it).
        public var backCareWeek: Int
        public var sessions: [PlannedSession]

        public init(
            start: CalendarDay, targetMeters: Double, plannedMeters: Double, isCutback: Bool, backCareWeek: Int,
            sessions: [PlannedSession]
        ) {
            self.start = start
            self.targetMeters = targetMeters
            self.plannedMeters = plannedMeters
            self.isCutback = isCutback
            self.backCareWeek = backCareWeek
            self.sessions = sessions
        }

        /// The longest planned run of the week in metres (0 without one).
        public var longestRunMeters: Double { sessions.compactMap(\.distanceMeters).max() ?? 0 }

        enum CodingKeys: String, CodingKey {
            case start, sessions
            case targetMeters = "target_meters"
            case plannedMeters = "planned_meters"
            case isCutback = "is_cutback"
            case backCareWeek = "back_care_week"
        }
    }

    /// The version of this record's JSON.
    public static let currentSchema = 1

    public var schema: Int
    public var madeOn: CalendarDay
    public var mode: PlanMode
    public var units: DistanceUnit
    public var weeks: [Week]
    /// The runner's weekly goal in metres (`--goal`), which later plans keep until it is changed (nil: none).
    public var goalMeters: Double?

    public init(
        schema: Int = PlanRecord.currentSchema, madeOn: CalendarDay, mode: PlanMode, units: DistanceUnit, weeks: [Week],
        goalMeters: Double? = nil
    ) {
        self.schema = schema
        self.madeOn = madeOn
        self.mode = mode
        self.units = units
        self.weeks = weeks
        self.goalMeters = goalMeters
    }

    /// The record of `plan`, with the back-care week numbers the planner gave its weeks; `title` names
    /// each session (Render's words: the planner's sessions are typed parts).
    public init(_ plan: Plan, title: (Session) -> String) {
        let previous = plan.options.previousPlan
        self.init(
            madeOn: plan.today, mode: plan.mode, units: plan.units,
            weeks: plan.weeks.map { week in
                Week(
                    start: week.start, targetMeters: week.targetMeters, plannedMeters: week.plannedMeters,
                    isCutback: week.isCutback,
                    backCareWeek: PlanContinuation.backCareWeek(for: week.start, index: week.index, previous: previous),
                    sessions: week.days.flatMap { day in
                        day.sessions.map {
                            PlannedSession(
                                day: day.date, kind: $0.kind, distanceMeters: $0.distanceMeters,
                                durationSeconds: $0.durationSeconds, title: title($0),
                                longestRunSeconds: $0.main.runWalkSet?.longestRunSeconds,
                                programmeWeek: $0.main.runWalkSet?.week)
                        }
                    })
            },
            goalMeters: plan.options.goalMeters)
    }

    /// The first and last planned day (nil without weeks).
    public var firstDay: CalendarDay? { weeks.first?.start }
    public var lastDay: CalendarDay? { weeks.last.map { $0.start.adding(days: 6) } }

    /// The Couch-to-5K sessions `plans` had, by day (a later plan's session wins): what a run done that day was.
    public static func runWalkSessions(_ plans: [PlanRecord]) -> [CalendarDay: RememberedRunWalk] {
        var sessions: [CalendarDay: RememberedRunWalk] = [:]
        for session in plans.flatMap({ $0.weeks.flatMap(\.sessions) }) {
            guard let seconds = session.longestRunSeconds else { continue }
            sessions[session.day] = RememberedRunWalk(longestRunSeconds: seconds, programmeWeek: session.programmeWeek)
        }
        return sessions
    }

    /// The planned week that starts on `monday`.
    public func week(startingOn monday: CalendarDay) -> Week? { weeks.first { $0.start == monday } }

    enum CodingKeys: String, CodingKey {
        case schema, mode, units, weeks
        case madeOn = "made_on"
        case goalMeters = "goal_meters"
    }
}
