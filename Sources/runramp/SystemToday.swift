import Foundation
import RunModel
import ZoneInfo

/// Today's date in the user's zone, as `plan` and `weeks` take it when `--today` is not given.
enum SystemToday {
    /// The user's zone's offset at `now`, reading `TZ` as the calendar export does (Foundation takes
    /// `TZ=:Europe/Berlin` for UTC, which would make "today" yesterday after midnight). A `TZ` that
    /// names no zone (`TZ=garbage`) is one line, never silently UTC.
    static func utcOffset(at now: Date, environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> Int
    {
        do {
            return try SystemZone(environment: environment).checkedUserOffset(
                at: Int64(now.timeIntervalSince1970.rounded(.down)))
        } catch {
            throw OptionError("\(error); today's date depends on it (or give --today YYYY-MM-DD)")
        }
    }

    /// The local calendar day at `now` in the zone `TZ` names.
    static func day(at now: Date = Date(), environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> CalendarDay
    {
        CalendarDay(now, utcOffsetSeconds: try utcOffset(at: now, environment: environment))
    }
}
