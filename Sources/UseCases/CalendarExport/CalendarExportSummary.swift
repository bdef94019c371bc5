/// What one calendar export wrote.
public struct CalendarExportSummary: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    /// Every VEVENT in the file, cancellations included.
    public var events: Int
    public var new: Int
    public var changed: Int
    /// VEVENTs written as STATUS:CANCELLED (sessions an earlier export had that the plan no longer holds).
    public var cancelled: Int

    public init(path: String, events: Int, new: Int, changed: Int, cancelled: Int = 0) {
        self.path = path
        self.events = events
        self.new = new
        self.changed = changed
        self.cancelled = cancelled
    }

    /// "plan.ics: 18 calendar events (2 new, 1 changed)", "plan.ics: 12 calendar events (0 new, 0 changed, 12 cancelled)".
    public var description: String {
        guard events > 0 else {
            return
                "\(path): not written: the plan holds no sessions for a calendar (an empty calendar is not valid iCalendar)"
        }
        let counts = "\(new) new, \(changed) changed" + (cancelled > 0 ? ", \(cancelled) cancelled" : "")
        return "\(path): \(events) calendar event\(events == 1 ? "" : "s") (\(counts))"
    }
}
