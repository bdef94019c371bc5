public import Foundation
public import RunModel
public import ZoneInfo

/// Today's date in the user's zone, as every command takes it when `--today` is not given.
public enum SystemToday {
    /// `TZ` names no zone and no POSIX rule: today cannot be told (never silently UTC).
    public struct UnknownZone: Error, Sendable, Equatable, CustomStringConvertible {
        public var error: ZoneInfoError

        public var description: String { "\(error); today's date depends on it (or give --today YYYY-MM-DD)" }
    }

    /// The user's zone's offset at `now`, reading `TZ` as the calendar export does (Foundation takes
    /// `TZ=:Europe/Berlin` for UTC, which would make "today" yesterday after midnight). A `TZ` that
    /// names no zone (`TZ=garbage`) is one line, never silently UTC.
    public static func utcOffset(at now: Date, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(UnknownZone) -> Int
    {
        do {
            return try SystemZone(environment: environment).checkedUserOffset(
                at: Int64(now.timeIntervalSince1970.rounded(.down)))
        } catch {
            throw UnknownZone(error: error)
        }
    }

    /// The local calendar day at `now` in the zone `TZ` names.
    public static func day(at now: Date = Date(), environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(UnknownZone) -> CalendarDay
    {
        CalendarDay(now, utcOffsetSeconds: try utcOffset(at: now, environment: environment))
    }
}
