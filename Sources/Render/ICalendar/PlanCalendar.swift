public import Planner
import RunModel
import ZoneInfo

/// Turns a plan into calendar events (docs/icalendar.md): one per session, none on rest days; a
/// paused plan keeps only its walks and back-care events and an urgent plan exports none
/// (docs/planning-rules.md, "Pain check-in"). Earlier
/// events the plan no longer holds are cancelled by `cancellations(for:keeping:previous:)`.
public enum PlanCalendar {
    /// The events of `plan`. With `startSecondOfDay` (e.g. 25 200 for 07:00) events are timed,
    /// in the calendar's zone; otherwise all-day. `reminderMinutes` adds a display alarm.
    /// `calendarID` is the log's id that every UID carries (nil: UIDs without one).
    public static func events(
        for plan: Plan, startSecondOfDay: Int? = nil, reminderMinutes: Int? = nil, calendarID: String? = nil
    ) -> [CalendarEvent] {
        guard plan.mode != .urgent else { return [] }
        let allowsRunning = plan.mode != .paused
        var events: [CalendarEvent] = []
        for week in plan.weeks {
            for day in week.days {
                var nextStart = startSecondOfDay
                for (session, slot) in slots(of: day, allowsRunning: allowsRunning) {
                    let timing: CalendarEvent.Timing
                    if let start = nextStart {
                        timing = .timed(
                            start: LocalDateTime(day: day.date, secondOfDay: start),
                            durationSeconds: session.durationSeconds)
                        nextStart = start + max(session.durationSeconds, 60)  // a second session follows the first
                    } else {
                        timing = .allDay(day.date)
                    }
                    events.append(
                        CalendarEvent(
                            uid: uid(day: day.date, slot: slot, calendarID: calendarID), timing: timing,
                            summary: SessionText.title(session, units: plan.units),
                            description: description(of: SessionText.lines(session, units: plan.units)),
                            categories: [category(of: session.kind)],
                            reminderMinutes: reminderMinutes))
                }
            }
        }
        return events
    }

    /// The day's sessions (runs left out unless `allowsRunning`) with their slot in the UID: "run", "walk",
    /// "backcare", and "-2", "-3"… for a second, third session of the same slot. A workout's serial number
    /// comes from the same UID (`PlanWorkouts`).
    static func slots(of day: PlanDay, allowsRunning: Bool) -> [(session: Session, slot: String)] {
        var slotsUsed: [String: Int] = [:]
        return day.sessions.filter { allowsRunning || !$0.kind.isRun }.map { session in
            let slot = slot(of: session.kind)
            slotsUsed[slot, default: 0] += 1
            let count = slotsUsed[slot, default: 1]
            return (session, slot + (count > 1 ? "-\(count)" : ""))
        }
    }

    /// `20261206-run-3f9a2c@runramp`: the same for the same day, slot and log in every export,
    /// whatever day the plan starts on, so a re-import updates the event instead of adding one.
    static func uid(day: CalendarDay, slot: String, calendarID: String? = nil) -> String {
        ICalendarDate.date(day) + "-" + slot + (calendarID.map { "-" + $0 } ?? "") + "@runramp"
    }

    /// "run" for every running kind (a day holds at most one run), "backcare" for back care, "walk" for a walk.
    static func slot(of kind: Session.Kind) -> String {
        switch kind {
        case .backCare: "backcare"
        case .walk: "walk"
        case .easyRun, .longRun, .runWalk: "run"
        }
    }

    /// The event's category: "Running", "Strength" (back care) or "Walking".
    static func category(of kind: Session.Kind) -> String {
        switch kind {
        case .backCare: "Strength"
        case .walk: "Walking"
        case .easyRun, .longRun, .runWalk: "Running"
        }
    }

    /// The steps one per line, whole lines only, under 2,000 characters.
    static func description(of steps: [String]) -> String {
        var text = ""
        for step in steps {
            let line = text.isEmpty ? step : "\n" + step
            if text.count + line.count > CalendarEvent.maximumDescriptionLength {
                if text.isEmpty { text = String(step.prefix(CalendarEvent.maximumDescriptionLength - 1)) + "…" }
                break
            }
            text += line
        }
        return text
    }
}
