import ArgumentParser
import Foundation
import Planner
import Render
import TrainingLog
import UseCases
import ZoneInfo

/// The iCalendar options of `runramp plan`: where to write the .ics file and how to time its events.
struct CalendarExportOptions: ParsableArguments {
    @Option(
        name: .customLong("ics"), help: ArgumentHelp("Also write the plan as an iCalendar file.", valueName: "file"))
    var icsPath: String?

    @Option(
        name: .customLong("at"),
        help: ArgumentHelp("Timed events starting at this local time instead of all-day events.", valueName: "HH:MM"))
    var startTime: String?

    @Option(
        name: .customLong("tz"),
        help: ArgumentHelp("Time zone of --at (default: the system's zone).", valueName: "Area/City"))
    var timeZone: String?

    // Unconditional so that "--remind -5" reaches the validation message instead of "missing value".
    @Option(
        name: .customLong("remind"), parsing: .unconditional,
        help: ArgumentHelp("Add a reminder this many minutes before each event (0–10080).", valueName: "minutes"))
    var remindMinutes: Int?

    mutating func validate() throws {
        if icsPath == nil, startTime != nil || timeZone != nil || remindMinutes != nil {
            throw OptionError("--at, --tz and --remind need --ics FILE")
        }
        if timeZone != nil, startTime == nil {
            throw OptionError("--tz needs --at HH:MM (all-day events have no time zone)")
        }
        if let startTime, Self.secondOfDay(startTime) == nil {
            throw ICalendarError(.invalidTimeOfDay(startTime), at: "--at")
        }
        if let remindMinutes, !(0...10_080).contains(remindMinutes) {
            throw ICalendarError(.invalidReminder(remindMinutes), at: "--remind")
        }
    }

    /// Fails now, before anything is imported or printed, when the export would fail at the end:
    /// an unknown or unreadable `--tz` zone, or a folder for the .ics file that does not exist.
    func checkBeforePlanning(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let icsPath else { return }
        if startTime != nil { _ = try Self.zone(timeZone, environment: environment) }
        if let problem = OutputFile.folderProblem(for: icsPath, example: "plan.ics") {
            throw ICalendarError(.cannotWrite(problem), at: icsPath)
        }
    }

    /// The rules of `identifier` (default: the user's zone, `TZ` then /etc/localtime) from `$TZDIR`
    /// or /usr/share/zoneinfo; a zone that cannot be had stops the export.
    static func zone(_ identifier: String?, environment: [String: String]) throws(ICalendarError) -> TimeZoneRules {
        do {
            return try SystemZone(environment: environment).rules(identifier)
        } catch {
            throw ICalendarError(.timeZone(error), at: error.location)
        }
    }

    /// "07:00" → 25 200; nil unless HH:MM (or H:MM) on a 24-hour clock.
    static func secondOfDay(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        return hour * 3_600 + minute * 60
    }
}
