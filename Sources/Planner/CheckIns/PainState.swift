public import RunModel

/// Where the check-in history leaves the runner on a day (docs/weekly-loop.md, "Check-ins").
public struct PainState: Sendable, Hashable {
    /// What the history allows.
    public enum Standing: String, Sendable, Hashable, Codable {
        /// No pain reported (or none since the last pain-free check-in).
        case clear
        /// Mild pain in the latest check-in: volume held.
        case hold
        /// Persistent pain or a warning sign, not lifted yet: no running.
        case paused
        /// A red flag, not lifted yet: no plan at all.
        case urgent
    }

    /// A pause that was lifted, so the plan restarts as a return plan from it.
    public struct Resumption: Sendable, Hashable {
        /// The first day of the pause.
        public var pausedOn: CalendarDay
        /// The check-in that lifted it.
        public var liftedOn: CalendarDay
        /// Lifted by a professional's clearance (else by seven pain-free days).
        public var byClearance: Bool
    }

    public var standing: Standing
    /// The warning signs reported since the pause began (empty unless paused or urgent).
    public var symptoms: Set<Symptom>
    /// The first day of the pause that still stands.
    public var pausedSince: CalendarDay?
    /// The first pain-free check-in since the last painful one in a standing pause.
    public var painFreeSince: CalendarDay?
    /// The first check-in of the mild pain that still stands, and the latest one.
    public var mildSince: CalendarDay?
    public var mildLatest: CalendarDay?
    /// The last pause that was lifted.
    public var resumption: Resumption?

    public init(
        standing: Standing = .clear, symptoms: Set<Symptom> = [], pausedSince: CalendarDay? = nil,
        painFreeSince: CalendarDay? = nil, mildSince: CalendarDay? = nil, mildLatest: CalendarDay? = nil,
        resumption: Resumption? = nil
    ) {
        self.standing = standing
        self.symptoms = symptoms
        self.pausedSince = pausedSince
        self.painFreeSince = painFreeSince
        self.mildSince = mildSince
        self.mildLatest = mildLatest
        self.resumption = resumption
    }

    /// Days in a row, first and last included, of pain-free check-ins that lift a pause.
    public static let painFreeDaysToLift = 7
    /// Days, first and last included, of mild pain after which the plan says the pain persists.
    public static let mildDaysToPersist = 14

    /// True when mild pain has been reported in check-ins spanning `mildDaysToPersist` days or more.
    public var mildPainPersists: Bool { mildDays >= Self.mildDaysToPersist }

    /// Days from the first to the latest check-in of the standing mild pain, both included (0 without).
    public var mildDays: Int {
        guard standing == .hold, let first = mildSince, let last = mildLatest else { return 0 }
        return first.days(to: last) + 1
    }

    /// True when the standing pause needs a professional to lift it: an urgent result, or a pause
    /// with leg signs (radiating pain, numbness, tingling, weakness). Pain-free days lift only a
    /// pause for back pain alone (docs/weekly-loop.md, "Check-ins").
    public var liftsOnlyWithClearance: Bool { (standing == .paused || standing == .urgent) && !symptoms.isEmpty }

    /// The pain level and warning signs the planner applies today.
    public var effectivePain: (backPain: BackPain, symptoms: Set<Symptom>) {
        switch standing {
        case .clear: (.none, [])
        case .hold: (.mild, [])
        case .paused, .urgent: (.persistent, symptoms)
        }
    }
}
