public import RunModel

/// One calendar day of a plan week with its sessions; no sessions means a rest day.
public struct PlanDay: Sendable, Hashable, Codable {
    public var date: CalendarDay
    public var sessions: [Session]

    public init(date: CalendarDay, sessions: [Session] = []) {
        self.date = date
        self.sessions = sessions
    }

    /// True when the day holds a run (easy, long or run/walk).
    public var hasRun: Bool { sessions.contains { $0.kind.isRun } }
    /// True when the day holds no session at all.
    public var isRestDay: Bool { sessions.isEmpty }
}
