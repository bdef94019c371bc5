public import ZoneInfo

/// An error that stops an iCalendar export, with the file or option it came from (zone data errors
/// carry their own file and byte offset).
public struct ICalendarError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Hashable {
        /// The zone of timed events could not be had (unknown name, unreadable zone data).
        case timeZone(ZoneInfoError)
        /// `--at` is not HH:MM on a 24-hour clock.
        case invalidTimeOfDay(String)
        /// `--remind` is outside 0…10 080 minutes (one week).
        case invalidReminder(Int)
        /// The .ics file could not be written.
        case cannotWrite(String)
    }

    public var reason: Reason
    /// The .ics file or the command-line option the error is about.
    public var location: String

    public init(_ reason: Reason, at location: String) {
        self.reason = reason
        self.location = location
    }

    public var description: String {
        switch reason {
        case .timeZone(let error):
            return error.description
        case .invalidTimeOfDay(let text):
            return "\(location): expected a time of day as HH:MM (00:00–23:59), got \"\(text)\""
        case .invalidReminder(let minutes):
            return "\(location): a reminder must be 0–10080 minutes before the event, got \(minutes)"
        case .cannotWrite(let message):
            return "\(location): cannot write the calendar file: \(message)"
        }
    }
}
