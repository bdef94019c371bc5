public import Foundation
public import Planner
import Render
import RunModel
public import TrainingLog
import ZoneInfo

/// The calendar-export use case of `runramp plan --ics FILE`: writes the plan's events and
/// remembers, per export file, what was written (docs/weekly-loop.md, "Calendar files").
public struct CalendarExport: Sendable {
    public var settings: CalendarExportSettings
    /// The log that remembers what each export file was given (nil: nothing remembered).
    public var log: LogDatabase?
    /// DTSTAMP of the events.
    public var now: Date
    /// Supplies TZDIR (the zone data folder, default /usr/share/zoneinfo) and TZ.
    public var environment: [String: String]

    public init(
        settings: CalendarExportSettings, log: LogDatabase?, now: Date,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.settings = settings
        self.log = log
        self.now = now
        self.environment = environment
    }

    /// The canonical absolute path of an export file: the key of its memory in the log, so
    /// `plan.ics`, `./plan.ics` and `/home/me/plan.ics` share it and a test file has its own.
    public static func canonicalPath(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath()
        return folder.appendingPathComponent(url.lastPathComponent).path
    }

    /// Writes `plan` to `options.icsPath` (nothing without `--ics`), cancels (STATUS:CANCELLED,
    /// SEQUENCE + 1) every event an earlier export to the same file had that the plan no longer
    /// holds on the days it covers, and records what was written. Nil without `--ics`. Throws
    /// `ICalendarError` when the file cannot be written, a `LogError` when the log cannot remember it.
    public func run(_ plan: Plan) throws -> CalendarExportSummary? {
        guard let path = settings.icsPath else { return nil }
        let file = Self.canonicalPath(path)
        let startSecond = settings.startTime.flatMap(CalendarExportSettings.secondOfDay)
        var zone: TimeZoneRules?
        if startSecond != nil { zone = try CalendarExportSettings.zone(settings.timeZone, environment: environment) }
        let calendarID = try log?.calendarID()
        if let problem = OutputFile.folderProblem(for: path, example: "plan.ics") {
            throw ICalendarError(.cannotWrite(problem), at: path)
        }
        // Written beside the file and recorded in one transaction with what the log remembers, then
        // renamed into place: a kill at any point leaves the log's memory equal to the file or
        // ahead of it, and two exports at once take turns (docs/weekly-loop.md, "Calendar files").
        var staged: StagedFile?
        func export(_ previous: [String: EventRevision]) throws
            -> (revisions: [EventRevision], result: CalendarExportSummary)
        {
            let sessions = PlanCalendar.events(
                for: plan, startSecondOfDay: startSecond, reminderMinutes: settings.remindMinutes,
                calendarID: calendarID)
            let cancellations = PlanCalendar.cancellations(for: plan, keeping: sessions, previous: previous)
            let document = CalendarDocument(
                productVersion: RunRampVersion.string, timeZone: zone, events: sessions + cancellations)
            let revisions = document.revisions(previous: previous)
            // RFC 5545 requires at least one component: an urgent plan (or a paused one without back
            // care) with nothing to cancel leaves the file alone rather than write an invalid calendar.
            guard !revisions.isEmpty else {
                return ([], CalendarExportSummary(path: path, events: 0, new: 0, changed: 0))
            }
            let text = document.rendered(
                stamp: now, sequences: Dictionary(revisions.map { ($0.uid, $0.sequence) }, uniquingKeysWith: max))
            do {
                staged = try OutputFile.stage(Data(text.utf8), for: path)
            } catch {
                throw ICalendarError(.cannotWrite(error.reason), at: path)
            }
            let confirmed = revisions.filter { !$0.isCancelled }
            let summary = CalendarExportSummary(
                path: path, events: revisions.count,
                new: confirmed.filter { previous[$0.uid] == nil }.count,
                changed: confirmed.filter { revision in
                    previous[revision.uid].map { $0.fingerprint != revision.fingerprint } ?? false
                }
                .count,
                cancelled: revisions.count - confirmed.count)
            return (revisions, summary)
        }
        let summary: CalendarExportSummary
        do {
            if let log {
                summary = try log.recordingCalendarExport(file: file, exportedAt: now, export)
            } else {
                summary = try export([:]).result
            }
            try staged?.commit()
        } catch let error as OutputFileError {
            throw ICalendarError(.cannotWrite(error.reason), at: path)
        } catch {
            staged?.discard()
            throw error
        }
        return summary
    }
}
