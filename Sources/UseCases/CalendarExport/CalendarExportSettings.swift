public import Foundation
public import Render
public import ZoneInfo

/// What `runramp plan --ics FILE [--at HH:MM] [--tz ZONE] [--remind MINUTES]` asks of the calendar
/// export: the file and how its events are timed (docs/icalendar.md).
public struct CalendarExportSettings: Sendable, Equatable {
    /// The .ics file (nil: no calendar export).
    public var icsPath: String?
    /// `--at`: the local start of timed events as given ("07:00"); nil for all-day events.
    public var startTime: String?
    /// `--tz`: the zone of `startTime` (nil: the system's zone).
    public var timeZone: String?
    /// `--remind`: minutes before each event (nil: no reminder).
    public var remindMinutes: Int?

    public init(icsPath: String? = nil, startTime: String? = nil, timeZone: String? = nil, remindMinutes: Int? = nil) {
        self.icsPath = icsPath
        self.startTime = startTime
        self.timeZone = timeZone
        self.remindMinutes = remindMinutes
    }

    /// The range `--remind` accepts: up to one week before the event.
    public static let reminderRange = 0...10_080

    /// An option of the export given without the one it needs.
    public enum MissingOption: Error, Sendable, Equatable, CustomStringConvertible {
        /// `--at`, `--tz` or `--remind` without `--ics`.
        case icsFile
        /// `--tz` without `--at`.
        case startTime

        public var description: String {
            switch self {
            case .icsFile: "--at, --tz and --remind need --ics FILE"
            case .startTime: "--tz needs --at HH:MM (all-day events have no time zone)"
            }
        }
    }

    /// Refuses settings no export can follow: timing without a file (`MissingOption`), a time of day
    /// that is not HH:MM or a reminder outside `reminderRange` (`ICalendarError`).
    public func validate() throws {
        if icsPath == nil, startTime != nil || timeZone != nil || remindMinutes != nil {
            throw MissingOption.icsFile
        }
        if timeZone != nil, startTime == nil { throw MissingOption.startTime }
        if let startTime, Self.secondOfDay(startTime) == nil {
            throw ICalendarError(.invalidTimeOfDay(startTime), at: "--at")
        }
        if let remindMinutes, !Self.reminderRange.contains(remindMinutes) {
            throw ICalendarError(.invalidReminder(remindMinutes), at: "--remind")
        }
    }

    /// Fails now, before anything is imported or printed, when the export would fail at the end:
    /// an unknown or unreadable `--tz` zone, or a folder for the .ics file that does not exist.
    public func checkBeforePlanning(environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(ICalendarError)
    {
        guard let icsPath else { return }
        if startTime != nil { _ = try Self.zone(timeZone, environment: environment) }
        if let problem = OutputFile.folderProblem(for: icsPath, example: "plan.ics") {
            throw ICalendarError(.cannotWrite(problem), at: icsPath)
        }
    }

    /// The rules of `identifier` (default: the user's zone, `TZ` then /etc/localtime) from `$TZDIR`
    /// or /usr/share/zoneinfo; a zone that cannot be had stops the export.
    public static func zone(_ identifier: String?, environment: [String: String]) throws(ICalendarError)
        -> TimeZoneRules
    {
        do {
            return try SystemZone(environment: environment).rules(identifier)
        } catch {
            throw ICalendarError(.timeZone(error), at: error.location)
        }
    }

    /// "07:00" → 25 200; nil unless HH:MM (or H:MM) on a 24-hour clock.
    public static func secondOfDay(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        return hour * 3_600 + minute * 60
    }
}
