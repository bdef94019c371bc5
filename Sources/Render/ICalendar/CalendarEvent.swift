import RunModel
import ZoneInfo

/// One event of an exported calendar, independent of where it came from (a planned session).
public struct CalendarEvent: Sendable, Hashable {
    /// When the event happens.
    enum Timing: Sendable, Hashable {
        /// The whole day: `DTSTART;VALUE=DATE` and the next day as the exclusive `DTEND`.
        case allDay(CalendarDay)
        /// From a wall-clock time in the calendar's zone, for a length in seconds.
        case timed(start: LocalDateTime, durationSeconds: Int)

        /// The day the event starts on.
        var day: CalendarDay {
            switch self {
            case .allDay(let day): day
            case .timed(let start, _): start.day
            }
        }
    }

    /// STATUS: a planned session, or one an earlier export had that the plan no longer holds.
    enum Status: String, Sendable, Hashable {
        case confirmed = "CONFIRMED"
        case cancelled = "CANCELLED"
    }

    /// Longest SUMMARY written, in characters (Outlook's subject limit); longer text is cut with "…".
    static let maximumSummaryLength = 255
    /// Longest DESCRIPTION written, in characters; longer text is cut with "…".
    static let maximumDescriptionLength = 1_990

    /// Stable identifier, e.g. "20261206-run@runramp".
    var uid: String
    var timing: Timing
    var summary: String
    /// Free text, one instruction per line.
    var description: String
    var categories: [String]
    /// Minutes before the start for a display alarm; nil for none (a cancelled event never has one).
    var reminderMinutes: Int?
    var status: Status

    init(
        uid: String, timing: Timing, summary: String, description: String, categories: [String],
        reminderMinutes: Int? = nil, status: Status = .confirmed
    ) {
        self.uid = uid
        self.timing = timing
        self.summary = summary
        self.description = description
        self.categories = categories
        self.reminderMinutes = reminderMinutes
        self.status = status
    }

    /// The summary cut to `maximumSummaryLength` characters.
    var limitedSummary: String {
        guard summary.count > Self.maximumSummaryLength else { return summary }
        return String(summary.prefix(Self.maximumSummaryLength - 1)) + "…"
    }

    /// The description cut to `maximumDescriptionLength` characters.
    var limitedDescription: String {
        guard description.count > Self.maximumDescriptionLength else { return description }
        return String(description.prefix(Self.maximumDescriptionLength - 1)) + "…"
    }
}
