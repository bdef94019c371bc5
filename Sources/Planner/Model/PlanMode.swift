/// How the planner treats this runner now (docs/planning-rules.md, "Modes"): ramp up, start from scratch, come
/// back, hold, pause or stop.
public enum PlanMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// Gradual ramp: +10 % a week at most, a lighter week every 4th week, then on from the last full week.
    case build
    /// The NHS Couch-to-5K (nine weeks): time-based run/walk sessions, three a week.
    case beginner
    /// Back after 11–90 days without running: 50 %, then 75 % of the old volume, then +10 % a week.
    case `return`
    /// Mild back pain: volume held flat, no long-run growth, back care three times a week.
    case hold
    /// Warning signs: no running, a daily easy walk and back care only if pain-free, see a professional first.
    case paused
    /// Red flags: no plan at all, seek urgent medical care.
    case urgent

    /// True when the plan holds run sessions (the iCalendar export skips run events otherwise).
    public var allowsRunning: Bool { self != .paused && self != .urgent }

    /// True for the modes whose plans count the build/lighter cycle (build and return, "Cutback weeks").
    public var carriesTheCycle: Bool { self == .build || self == .return }
}
