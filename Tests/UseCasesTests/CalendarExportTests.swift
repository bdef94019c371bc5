import Foundation
import Planner
import Render
import RunModel
import Testing
import TrainingLog
import UseCases

/// The calendar export as `runramp plan --ics` runs it: the settings, the zone, the file and the SEQUENCE store.
@Suite struct CalendarExportTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func plan(longRunMeters: Double = 8_800) -> Plan {
        let monday = CalendarDay(daysSinceEpoch: CalendarDay(year: 2026, month: 11, day: 30)?.daysSinceEpoch ?? 0)
        let run = Session(
            kind: .longRun, distanceMeters: longRunMeters, durationSeconds: 4_080, warmUp: .beforeEveryRun,
            main: .run(minutes: 53),
            coolDown: .afterEveryRun)
        let care = Session(
            kind: .backCare, distanceMeters: nil, durationSeconds: 900,
            main: .exercises([Exercise(.gluteBridge, sets: 3, .repetitions(10))]))
        let days = (0..<7).map {
            PlanDay(date: monday.adding(days: $0), sessions: $0 == 6 ? [run] : $0 == 0 ? [care] : [])
        }
        let history = HistoryFigures(
            lastFourWeeksMeters: [0, 0, 0, 0], averageWeekMeters: 0, longestRecentRunMeters: 0, daysSinceLastRun: nil,
            lastRunDate: nil,
            weekAverageBeforeBreakMeters: nil, medianPaceSecondsPerKilometer: nil, planningPaceSecondsPerKilometer: 420,
            acuteChronicRatio: nil, acuteChronicRatioEWMA: nil, weekOverWeekChange: nil, recentWeeks: [],
            runsCounted: 0, otherActivities: 0)
        let week = PlanWeek(
            index: 1, start: monday, targetMeters: 8_800, plannedMeters: 8_800, isCutback: false, days: days)
        return Plan(mode: .build, today: monday.adding(days: -1), history: history, weeks: [week], advisories: [])
    }

    /// The settings `runramp plan` takes from `--ics`, `--at`, `--tz` and `--remind`.
    func options(_ arguments: [String]) throws -> CalendarExportSettings {
        var settings = CalendarExportSettings()
        var rest = arguments[...]
        while let option = rest.popFirst() {
            let next = rest.popFirst()
            let value = try #require(next, "\(option) needs a value")
            switch option {
            case "--ics": settings.icsPath = value
            case "--at": settings.startTime = value
            case "--tz": settings.timeZone = value
            case "--remind":
                settings.remindMinutes = Int(value)
                if settings.remindMinutes == nil { Issue.record("--remind \(value) is not a number") }
            default: Issue.record("unknown option \(option)")
            }
        }
        return settings
    }

    @Test func summaryLineCountsCancellationsOnlyWhenThereAreSome() {
        #expect(
            CalendarExportSummary(path: "plan.ics", events: 18, new: 2, changed: 1).description
                == "plan.ics: 18 calendar events (2 new, 1 changed)")
        #expect(
            CalendarExportSummary(path: "plan.ics", events: 12, new: 0, changed: 0, cancelled: 12).description
                == "plan.ics: 12 calendar events (0 new, 0 changed, 12 cancelled)")
        #expect(
            CalendarExportSummary(path: "plan.ics", events: 0, new: 0, changed: 0).description.contains("not written"))
    }

    @Test func anUrgentPlanAfterAnExportWritesItsCancellationsAndRecordsThem() throws {
        let folder = try icsTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("plan.ics").path
        let log = try LogDatabase.inMemory()
        let id = try log.calendarID()
        _ = try exportCalendar(Self.plan(), options: options(["--ics", path]), log: log, now: Self.now)
        var urgent = Self.plan()
        urgent.mode = .urgent
        let summary = try exportCalendar(
            urgent, options: options(["--ics", path]), log: log, now: Self.now)
        #expect(summary == CalendarExportSummary(path: path, events: 2, new: 0, changed: 0, cancelled: 2))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("SUMMARY:Cancelled: Long run 8.8 km\r\n"))
        #expect(text.contains("SUMMARY:Cancelled: Back care\r\n"))
        let stored = try log.calendarExports(file: CalendarExport.canonicalPath(path))
        #expect(stored["20261206-run-\(id)@runramp"]?.isCancelled == true)
        #expect(stored["20261206-run-\(id)@runramp"]?.sequence == 1)
        #expect(stored["20261206-run-\(id)@runramp"]?.summary == "Cancelled: Long run 8.8 km")
        // Again: the same cancellations, SEQUENCE unchanged.
        let again = try exportCalendar(urgent, options: options(["--ics", path]), log: log, now: Self.now)
        #expect(again == summary)
        #expect(
            try log.calendarExports(file: CalendarExport.canonicalPath(path))["20261206-run-\(id)@runramp"]?.sequence
                == 1)
    }

    @Test func eachExportFileKeepsItsOwnMemory() throws {
        let folder = try icsTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("plan.ics").path
        let test = folder.appendingPathComponent("try.ics").path
        let log = try LogDatabase.inMemory()
        _ = try exportCalendar(Self.plan(), options: options(["--ics", real]), log: log, now: Self.now)
        // An urgent plan tried into another file cancels nothing in the real one's memory…
        var urgent = Self.plan()
        urgent.mode = .urgent
        let tried = try exportCalendar(urgent, options: options(["--ics", test]), log: log, now: Self.now)
        #expect(tried?.events == 0)
        // …and the real file re-exported is unchanged: no cancellations, same SEQUENCE.
        let again = try exportCalendar(
            Self.plan(), options: options(["--ics", real]), log: log, now: Self.now)
        #expect(again == CalendarExportSummary(path: real, events: 2, new: 0, changed: 0))
        // The same file named another way shares the memory.
        let relative = folder.appendingPathComponent("./sub/../plan.ics").path
        #expect(CalendarExport.canonicalPath(relative) == CalendarExport.canonicalPath(real))
    }

    @Test func withoutIcsNothingIsWritten() throws {
        #expect(try exportCalendar(Self.plan(), options: options([]), log: nil, now: Self.now) == nil)
    }

    @Test(.enabled(if: icsHasZoneData, "needs /usr/share/zoneinfo (tzdata)"))
    func reExportKeepsSequenceUntilAnEventChanges() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ics-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("plan.ics").path
        let log = try LogDatabase.inMemory()
        let id = try log.calendarID()
        let arguments = ["--ics", path, "--at", "07:00", "--tz", "Europe/Berlin", "--remind", "30"]

        let first = try exportCalendar(Self.plan(), options: options(arguments), log: log, now: Self.now)
        #expect(first == CalendarExportSummary(path: path, events: 2, new: 2, changed: 0))
        let firstText = try String(contentsOfFile: path, encoding: .utf8)
        #expect(firstText.contains("DTSTART;TZID=Europe/Berlin:20261206T070000\r\n"))
        #expect(firstText.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"))
        #expect(firstText.contains("PRODID:-//RunRamp//RunRamp \(RunRampVersion.string)//EN\r\n"))

        let later = Self.now.addingTimeInterval(86_400)
        let second = try exportCalendar(Self.plan(), options: options(arguments), log: log, now: later)
        #expect(second == CalendarExportSummary(path: path, events: 2, new: 0, changed: 0))
        let secondText = try String(contentsOfFile: path, encoding: .utf8)
        // Only DTSTAMP differs between exports of the same plan.
        #expect(
            firstText.replacingOccurrences(of: "DTSTAMP:20261118T110640Z", with: "DTSTAMP:20261119T110640Z")
                == secondText)

        let third = try exportCalendar(
            Self.plan(longRunMeters: 9_600), options: options(arguments), log: log, now: later)
        #expect(third == CalendarExportSummary(path: path, events: 2, new: 0, changed: 1))
        #expect(third?.description == "\(path): 2 calendar events (0 new, 1 changed)")
        let thirdText = try String(contentsOfFile: path, encoding: .utf8)
        #expect(thirdText.contains("UID:20261206-run-\(id)@runramp\r\nDTSTAMP:20261119T110640Z\r\nSEQUENCE:1\r\n"))
        #expect(thirdText.contains("UID:20261130-backcare-\(id)@runramp\r\nDTSTAMP:20261119T110640Z\r\nSEQUENCE:0\r\n"))
        #expect(
            try log.calendarExports(file: CalendarExport.canonicalPath(path))["20261206-run-\(id)@runramp"]?.sequence
                == 1)
    }

    @Test func aFailedWriteRecordsNothing() throws {
        let log = try LogDatabase.inMemory()
        do {
            try exportCalendar(
                Self.plan(), options: options(["--ics", "/nonexistent-dir/plan.ics"]), log: log, now: Self.now)
            Issue.record("expected an error")
        } catch let error as ICalendarError {
            #expect(
                error.description
                    == "/nonexistent-dir/plan.ics: cannot write the calendar file: the folder /nonexistent-dir does not exist"
            )
        }
        #expect(try log.calendarExports(file: "/nonexistent-dir/plan.ics").isEmpty)
    }

    @Test func urgentPlansLeaveTheFileAloneAndSaySo() throws {
        var plan = Self.plan()
        plan.mode = .urgent
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("urgent-\(UUID().uuidString).ics").path
        let summary = try exportCalendar(plan, options: options(["--ics", path]), log: nil, now: Self.now)
        #expect(summary?.events == 0)
        #expect(summary?.description.contains("not written") == true)
        #expect(!FileManager.default.fileExists(atPath: path))
        plan.mode = .paused
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(
            try exportCalendar(plan, options: options(["--ics", path]), log: nil, now: Self.now)?.events
                == 1)
    }

    @Test func unknownZonesAreReportedWithTheirName() throws {
        do {
            try exportCalendar(
                Self.plan(), options: options(["--ics", "/tmp/x.ics", "--at", "7:00", "--tz", "Mars/Olympus"]),
                log: nil, now: Self.now)
            Issue.record("expected an error")
        } catch let error as ICalendarError {
            #expect(error.description.contains("unknown time zone \"Mars/Olympus\""))
        }
    }

    @Test(arguments: [
        ["--at", "07:00"], ["--ics", "a.ics", "--at", "7am"], ["--ics", "a.ics", "--at", "24:00"],
        ["--ics", "a.ics", "--remind", "-5"],
        ["--ics", "a.ics", "--tz", "Europe/Berlin"], ["--ics", "a.ics", "--at", "07:60"],
        ["--ics", "a.ics", "--remind", "20000"],
    ])
    func invalidOptionCombinationsAreRejected(arguments: [String]) throws {
        let settings = try options(arguments)
        #expect(throws: (any Error).self) { try settings.validate() }
    }

    @Test func eachRefusalSaysWhatIsMissingOrWrong() {
        #expect(throws: CalendarExportSettings.MissingOption.icsFile) {
            try CalendarExportSettings(startTime: "07:00").validate()
        }
        #expect(throws: CalendarExportSettings.MissingOption.startTime) {
            try CalendarExportSettings(icsPath: "a.ics", timeZone: "Europe/Berlin").validate()
        }
        #expect(throws: ICalendarError(.invalidTimeOfDay("7am"), at: "--at")) {
            try CalendarExportSettings(icsPath: "a.ics", startTime: "7am").validate()
        }
        #expect(throws: ICalendarError(.invalidReminder(10_081), at: "--remind")) {
            try CalendarExportSettings(icsPath: "a.ics", remindMinutes: 10_081).validate()
        }
        #expect(throws: Never.self) {
            try CalendarExportSettings(icsPath: "a.ics", startTime: "7:00", remindMinutes: 10_080).validate()
        }
    }

    /// `--at` without `--tz` uses the zone `TZ` names, in every spelling the C library accepts.
    @Test(.enabled(if: icsHasZoneData, "needs /usr/share/zoneinfo (tzdata)"))
    func theExportedEventsCarryTheZoneOfTZ() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ics-tz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("plan.ics").path
        let options = CalendarExportSettings(icsPath: path, startTime: "07:00")
        try exportCalendar(
            CalendarExportTests.plan(), options: options, log: nil, now: CalendarExportTests.now,
            environment: ["TZ": ":Europe/Berlin"])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("DTSTART;TZID=Europe/Berlin:20261206T070000\r\n"))
        #expect(!text.contains("T070000Z"))
    }

    @Test func timesOfDayParse() {
        #expect(CalendarExportSettings.secondOfDay("07:00") == 25_200)
        #expect(CalendarExportSettings.secondOfDay("7:05") == 25_500)
        #expect(CalendarExportSettings.secondOfDay("23:59") == 86_340)
        #expect(CalendarExportSettings.secondOfDay("٠٧:٠٠") == nil)
        #expect(CalendarExportSettings.secondOfDay("07:00:00") == nil)
    }
}

/// The export of `plan` with `settings`, as the plan use case runs it.
@discardableResult
func exportCalendar(
    _ plan: Plan, options settings: CalendarExportSettings, log: LogDatabase?, now: Date,
    environment: [String: String] = ProcessInfo.processInfo.environment
) throws -> CalendarExportSummary? {
    try CalendarExport(settings: settings, log: log, now: now, environment: environment).run(plan)
}

let icsHasZoneData = FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/Europe/Berlin")

func icsTemporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ics-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}
