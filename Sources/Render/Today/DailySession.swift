public import Planner
public import RunModel

/// What `runramp today` answers: the sessions the remembered plan gives today (none: a rest day), tomorrow at
/// a glance, and where the latest check-in leaves the runner. Render turns it into words or JSON.
public struct DailySession: Sendable, Hashable {
    /// One planned session of the day: what was stored, its parts when the rules give them back, and the
    /// workout file exported for it.
    public struct Item: Sendable, Hashable {
        public var planned: PlanRecord.PlannedSession
        /// Warm-up, main part and cool-down; nil when the stored record does not say enough.
        public var parts: Session?
        /// The name of the workout file written for this session (`plan --workouts`), when there is one.
        public var workoutFile: String?

        public init(planned: PlanRecord.PlannedSession, parts: Session?, workoutFile: String? = nil) {
            self.planned = planned
            self.parts = parts
            self.workoutFile = workoutFile
        }
    }

    /// Why the answer is not simply the plan's day.
    public enum Notice: Sendable, Hashable {
        /// No plan made on or before today is in the log.
        case noPlan
        /// The newest plan ended before today.
        case planEnded(lastDay: CalendarDay)
        /// The plans in the log start after today.
        case planStartsLater(firstDay: CalendarDay)
        /// A check-in after the plan was made paused running or asked for urgent care: the plan's runs are
        /// not given (the safer rule wins).
        case runsWithheld(PainState.Standing)
    }

    /// The latest check-in on or before today and where the check-ins leave the runner.
    public struct CheckInStanding: Sendable, Hashable {
        public var latest: CheckIn
        public var state: PainState

        public init(latest: CheckIn, state: PainState) {
            self.latest = latest
            self.state = state
        }
    }

    public var today: CalendarDay
    /// The day the plan that gives today was made (nil without one).
    public var planMadeOn: CalendarDay?
    public var planMode: PlanMode?
    /// The unit of the plan's titles and steps (km without a plan).
    public var units: DistanceUnit
    /// Today's sessions, in the plan's order; empty: rest (or no plan, see `notice`).
    public var sessions: [Item]
    /// Tomorrow's planned sessions (empty: rest, or not in any plan).
    public var tomorrow: [PlanRecord.PlannedSession]
    /// True when a remembered plan covers tomorrow.
    public var tomorrowIsPlanned: Bool
    public var checkIn: CheckInStanding?
    public var notice: Notice?

    public init(
        today: CalendarDay, planMadeOn: CalendarDay?, planMode: PlanMode?, units: DistanceUnit, sessions: [Item],
        tomorrow: [PlanRecord.PlannedSession], tomorrowIsPlanned: Bool, checkIn: CheckInStanding?, notice: Notice?
    ) {
        self.today = today
        self.planMadeOn = planMadeOn
        self.planMode = planMode
        self.units = units
        self.sessions = sessions
        self.tomorrow = tomorrow
        self.tomorrowIsPlanned = tomorrowIsPlanned
        self.checkIn = checkIn
        self.notice = notice
    }

    /// True when today is a planned rest day.
    public var isRestDay: Bool { notice == nil && planMadeOn != nil && sessions.isEmpty }
}
