import Foundation
import RunModel
import ZoneInfo

/// Today's date in the user's zone, as `plan` and `weeks` take it when `--today` is not given.
enum SystemToday {
    /// The user's zone's offset at `now`, reading `TZ` as the calendar export does (Foundation takes
    /// `TZ=:Europe/Berlin` for UTC, which would make "today" yesterday after midnight).
    static func utcOffset(at now: Date, environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        SystemZone(environment: environment).userOffset(at: Int64(now.timeIntervalSince1970.rounded(.down)))
    }

    /// The local calendar day at `now` in the zone `TZ` names.
    static func day(at now: Date = Date(), environment: [String: String] = ProcessInfo.processInfo.environment)
        -> CalendarDay
    {
        CalendarDay(now, utcOffsetSeconds: utcOffset(at: now, environment: environment))
    }
}
