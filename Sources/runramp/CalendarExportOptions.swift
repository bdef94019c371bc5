import ArgumentParser
import Foundation
import Planner
import Render
import TrainingLog
import ZoneInfo

/// The iCalendar options of `runramp plan`: where to write the .ics file and how to time its events.
struct CalendarExportOptions: ParsableArguments {
    @Option(name: .customLong("ics"), help: ArgumentHelp("Also write the plan as an iCalendar file.", valueName: "file"))
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
        let folder = URL(fileURLWithPath: icsPath).deletingLastPathComponent()
        guard PlanCommand.isFolder(folder) else {
            throw ICalendarError(.cannotWrite("the folder \(folder.path) does not exist"), at: icsPath)
        }
        guard !PlanCommand.isFolder(URL(fileURLWithPath: icsPath)) else {
            throw ICalendarError(.cannotWrite("it is a folder; give a file name such as \(icsPath)/plan.ics"), at: icsPath)
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

/// What one calendar export wrote.
struct CalendarExportSummary: Equatable, CustomStringConvertible {
    var path: String
    /// Every VEVENT in the file, cancellations included.
    var events: Int
    var new: Int
    var changed: Int
    /// VEVENTs written as STATUS:CANCELLED (sessions an earlier export had that the plan no longer holds).
    var cancelled: Int = 0

    /// "plan.ics: 18 calendar events (2 new, 1 changed)", "plan.ics: 12 calendar events (0 new, 0 changed, 12 cancelled)".
    var description: String {
        guard events > 0 else {
            return "\(path): not written: the plan holds no sessions for a calendar (an empty calendar is not valid iCalendar)"
        }
        let counts = "\(new) new, \(changed) changed" + (cancelled > 0 ? ", \(cancelled) cancelled" : "")
        return "\(path): \(events) calendar event\(events == 1 ? "" : "s") (\(counts))"
    }
}

/// Writes `plan` to `options.icsPath` (nothing without `--ics`) and remembers in `log` what was
/// exported, so that the next export raises SEQUENCE only for events that changed, and cancels
/// (STATUS:CANCELLED, SEQUENCE + 1) every earlier event the plan no longer holds on the days it
/// covers (PlanCalendar.cancellationDays); prints a one-line summary to stderr unless `quiet`.
/// `now` is DTSTAMP; `environment` supplies TZDIR (the zone data folder, default /usr/share/zoneinfo).
@discardableResult
func exportCalendar(
    _ plan: Plan, options: CalendarExportOptions, log: LogDatabase?, now: Date, quiet: Bool = false,
    environment: [String: String] = ProcessInfo.processInfo.environment
) throws -> CalendarExportSummary? {
    guard let path = options.icsPath else { return nil }
    let startSecond = options.startTime.flatMap(CalendarExportOptions.secondOfDay)
    var zone: TimeZoneRules?
    if startSecond != nil { zone = try CalendarExportOptions.zone(options.timeZone, environment: environment) }
    let previous = try (log?.calendarExports() ?? [:]).mapValues { record in
        EventRevision(
            uid: record.uid, fingerprint: record.fingerprint, sequence: record.sequence, summary: record.summary,
            startSecondOfDay: record.startSecondOfDay, durationSeconds: record.durationSeconds, isCancelled: record.isCancelled)
    }
    let sessions = PlanCalendar.events(for: plan, startSecondOfDay: startSecond, reminderMinutes: options.remindMinutes)
    let cancellations = PlanCalendar.cancellations(for: plan, keeping: sessions, previous: previous)
    let document = CalendarDocument(productVersion: RunRampVersion.string, timeZone: zone, events: sessions + cancellations)
    let revisions = document.revisions(previous: previous)
    // RFC 5545 requires at least one component: an urgent plan (or a paused one without back
    // care) with nothing to cancel leaves the file alone rather than write an invalid calendar.
    guard !revisions.isEmpty else {
        let summary = CalendarExportSummary(path: path, events: 0, new: 0, changed: 0)
        if !quiet { FileHandle.standardError.write(Data((summary.description + "\n").utf8)) }
        return summary
    }
    let text = document.rendered(stamp: now, sequences: Dictionary(revisions.map { ($0.uid, $0.sequence) }, uniquingKeysWith: max))
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    guard PlanCommand.isFolder(folder) else {
        throw ICalendarError(.cannotWrite("the folder \(folder.path) does not exist"), at: path)
    }
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw ICalendarError(.cannotWrite(PlanCommand.writeFailure(error)), at: path)
    }
    // Only after the file exists: a failed write must not count as exported.
    try log?.recordCalendarExports(
        revisions.map {
            CalendarExportRecord(
                uid: $0.uid, fingerprint: $0.fingerprint, sequence: $0.sequence, exportedAt: now, summary: $0.summary,
                startSecondOfDay: $0.startSecondOfDay, durationSeconds: $0.durationSeconds, isCancelled: $0.isCancelled)
        })
    let confirmed = revisions.filter { !$0.isCancelled }
    let summary = CalendarExportSummary(
        path: path, events: revisions.count,
        new: confirmed.filter { previous[$0.uid] == nil }.count,
        changed: confirmed.filter { revision in previous[revision.uid].map { $0.fingerprint != revision.fingerprint } ?? false }.count,
        cancelled: revisions.count - confirmed.count)
    if !quiet { FileHandle.standardError.write(Data((summary.description + "\n").utf8)) }
    return summary
}
