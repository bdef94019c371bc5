import Foundation
import Render
import RunModel

/// Today's date in the system's zone, as `plan` and `weeks` take it when `--today` is not given.
enum SystemToday {
    /// The system zone's offset at `now`, reading `TZ` as the calendar export does (Foundation takes
    /// `TZ=:Europe/Berlin` for UTC, which would make "today" yesterday after midnight).
    static func utcOffset(at now: Date, environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        guard let rules = try? CalendarExportOptions.zone(nil, environment: environment) else {
            return TimeZone.current.secondsFromGMT(for: now)
        }
        return rules.type(at: Int64(now.timeIntervalSince1970.rounded(.down))).utcOffsetSeconds
    }

    /// The local calendar day at `now` in the zone `TZ` names.
    static func day(at now: Date = Date(), environment: [String: String] = ProcessInfo.processInfo.environment) -> CalendarDay {
        CalendarDay(now, utcOffsetSeconds: utcOffset(at: now, environment: environment))
    }
}
