public import Planner
public import RunModel
import ZoneInfo

// Re-importing an .ics cannot delete an event, so a session an earlier export had and the newer
// plan does not is sent again as a cancellation: same UID, SEQUENCE one higher, STATUS:CANCELLED.
extension PlanCalendar {
    /// SUMMARY of a cancelled event whose original summary the log does not know (exports
    /// recorded before the summary was stored).
    static let genericCancelledSummary = "Cancelled: RunRamp session"
    /// DESCRIPTION of every cancelled event.
    static let cancelledDescription =
        "This session is no longer in your RunRamp plan: do not do it. See the plan for what to do instead."

    /// The days on which an earlier event missing from `plan` is cancelled. Paused and urgent
    /// plans (no running) cover every day from the plan's `today` on, with no end, so that no
    /// run of an earlier export survives anywhere ahead; other plans cover their own first to
    /// last day. Earlier days are never touched. Nil when nothing is covered.
    static func cancellationDays(for plan: Plan) -> ClosedRange<Int>? {
        if !plan.mode.allowsRunning { return plan.today.daysSinceEpoch...Int.max }
        let days = plan.weeks.flatMap(\.days).map(\.date.daysSinceEpoch)
        guard let first = days.min(), let last = days.max() else { return nil }
        return first...last
    }

    /// A cancellation for every UID in `previous` whose stored day lies in `cancellationDays(for: plan)`
    /// and that `events` (this export's sessions) does not hold, in UID (so day) order. The event
    /// keeps the form it was written in (all-day, or timed at the same local time and length)
    /// and its summary behind "Cancelled: ". One cancelled before keeps its summary, so its
    /// fingerprint, and so its SEQUENCE, stays the same until the session comes back.
    public static func cancellations(
        for plan: Plan, keeping events: [CalendarEvent], previous: [String: EventRevision]
    ) -> [CalendarEvent] {
        guard let covered = cancellationDays(for: plan) else { return [] }
        let kept = Set(events.map(\.uid))
        var cancelled: [CalendarEvent] = []
        for (uid, revision) in previous where !kept.contains(uid) {
            guard let day = revision.day, covered.contains(day.daysSinceEpoch) else { continue }
            let timing: CalendarEvent.Timing
            if let start = revision.startSecondOfDay, let duration = revision.durationSeconds {
                timing = .timed(start: LocalDateTime(day: day, secondOfDay: start), durationSeconds: duration)
            } else {
                timing = .allDay(day)
            }
            let summary: String
            if revision.isCancelled {
                summary = revision.summary ?? genericCancelledSummary
            } else {
                summary = revision.summary.map { "Cancelled: " + $0 } ?? genericCancelledSummary
            }
            cancelled.append(
                CalendarEvent(
                    uid: uid, timing: timing, summary: summary, description: cancelledDescription, categories: [],
                    status: .cancelled))
        }
        return cancelled.sorted { $0.uid < $1.uid }
    }
}
