import Foundation
import Planner
import RunModel
import TestSupport
import Testing
import ZoneInfo

@testable import Render

/// RUNRAMP_PYTHON, when it names an executable (CI: a venv with icalendar 7.x and khal).
let icsCheckPython: String? = ProcessInfo.processInfo.environment["RUNRAMP_PYTHON"].flatMap {
    FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil
}

/// The system's zone data (Debian/Ubuntu package tzdata), which timed exports need.
let icsHasZoneData = FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/Europe/Berlin")

/// What Scripts/ics_check.py reports.
struct ICSCheckReport: Decodable {
    struct Event: Decodable {
        var uid: String
        var start: String
        var end: String
        var summary: String
        var sequence: Int
        var alarms: Int
        var status: String?
    }
    struct KhalImport: Decodable {
        var status: Int
        var stderr: String
    }
    var events: [Event]?
    var errors: [String]?
    var timezones: [String]?
    var counts: [Int]?
    var imports: [KhalImport]?
    var summaries: [String: String]?
    /// STATUS of every event in khal's vdir after the imports, by UID.
    var statuses: [String: String]?
    var vtimezoneMismatches: [String: [String]]?
}

/// Runs `Scripts/ics_check.py MODE FILE` with RUNRAMP_PYTHON and decodes its JSON.
func icsCheck(_ mode: String, _ files: URL...) throws -> ICSCheckReport {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: icsCheckPython ?? "/usr/bin/python3")
    process.arguments = [packageRoot.appendingPathComponent("Scripts/ics_check.py").path, mode] + files.map(\.path)
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw CocoaError(
            .fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: String(decoding: errors, as: UTF8.self)])
    }
    return try JSONDecoder().decode(ICSCheckReport.self, from: data)
}

/// A fresh temporary folder for one test.
func icsTemporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-ics-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Independent readers of exported calendars: Python `icalendar` parses them, khal imports them.
@Suite(
    .enabled(if: icsCheckPython != nil, "set RUNRAMP_PYTHON to a Python with icalendar and khal (see .ci/run)"),
    .enabled(if: icsHasZoneData, "needs /usr/share/zoneinfo (tzdata)"))
struct ICalendarReaderTests {
    static let stamp = Date(timeIntervalSince1970: 1_795_000_000)
    static let hostileNames = [
        "Long run, hills; \\ fast", "Line one\nline two\r\nthree\rfour", "\r\nBEGIN:VEVENT\r\nUID:evil",
        String(repeating: "Ä🏃‍♀️", count: 70), "Tabs\tand \"quotes\" and: colons", "\u{2028}separator\u{85}",
    ]

    /// Six hostile sessions on consecutive days from 2026-12-06, optionally at 07:00 with reminders.
    static func hostileEvents(timed: Bool) throws -> [CalendarEvent] {
        let first = try #require(CalendarDay(year: 2026, month: 12, day: 6))
        return hostileNames.enumerated().map { offset, name in
            let day = first.adding(days: offset)
            return CalendarEvent(
                uid: "\(ICalendarDate.date(day))-run@runramp",
                timing: timed
                    ? .timed(start: LocalDateTime(day: day, secondOfDay: 25_200), durationSeconds: 3_900)
                    : .allDay(day),
                summary: name, description: name + "\n" + name, categories: ["Running", name],
                reminderMinutes: timed ? 30 : nil)
        }
    }

    func write(_ document: CalendarDocument, to folder: URL, name: String) throws -> URL {
        let file = folder.appendingPathComponent(name)
        try Data(document.rendered(stamp: Self.stamp).utf8).write(to: file)
        return file
    }

    @Test func icalendarReadsAllDayEventsWithTheirDatesAndHostileNamesIntact() throws {
        let folder = try icsTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let events = try Self.hostileEvents(timed: false)
        let file = try write(
            CalendarDocument(productVersion: "0.1.0", timeZone: nil, events: events), to: folder, name: "all-day.ics")
        let report = try icsCheck("parse", file)
        #expect(report.errors == [])
        #expect(report.events?.count == 6)
        #expect(
            report.events?.map(\.start) == [
                "2026-12-06", "2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11",
            ])
        #expect(report.events?.map(\.end).first == "2026-12-07")
        #expect(report.events?[0].summary == Self.hostileNames[0])
        #expect(report.events?[1].summary == "Line one\nline two\nthree\nfour")
        #expect(report.events?[2].summary == "\nBEGIN:VEVENT\nUID:evil")
        #expect(report.events?[3].summary == Self.hostileNames[3])
    }

    @Test(arguments: [
        "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Etc/UTC", "Europe/Dublin",
        "Australia/Lord_Howe", "America/Santiago", "Pacific/Chatham", "Asia/Tehran",
    ])
    func icalendarReadsTimedEventsAtSevenLocalTime(zone identifier: String) throws {
        let zone = try TimeZoneRules.load(identifier: identifier, directory: "/usr/share/zoneinfo")
        let folder = try icsTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = CalendarDocument(
            productVersion: "0.1.0", timeZone: zone, events: try Self.hostileEvents(timed: true))
        let report = try icsCheck("parse", try write(document, to: folder, name: "timed.ics"))
        #expect(report.errors == [])
        #expect(report.timezones == (zone.isUTC ? [] : [identifier]))
        // The VTIMEZONE alone (dateutil) gives the same offset as zoneinfo every hour of 2026.
        #expect(report.vtimezoneMismatches == (zone.isUTC ? [:] : [identifier: []]))
        let offset = ICalendarDate.utcOffset(zone.type(at: 1_796_536_800).utcOffsetSeconds)
        let isoOffset = offset == "+0000" ? "+00:00" : String(offset.prefix(3)) + ":" + String(offset.suffix(2))
        #expect(report.events?.first?.start == "2026-12-06T07:00:00" + isoOffset)
        #expect(report.events?.first?.end == "2026-12-06T08:05:00" + isoOffset)
        #expect(report.events?.allSatisfy { $0.alarms == 1 } == true)
    }

    @Test func khalImportingTheSameFileTwiceKeepsTheEventCount() throws {
        let folder = try icsTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let zone = try TimeZoneRules.load(identifier: "Europe/Berlin", directory: "/usr/share/zoneinfo")
        for (name, document) in [
            (
                "all-day.ics",
                CalendarDocument(productVersion: "0.1.0", timeZone: nil, events: try Self.hostileEvents(timed: false))
            ),
            (
                "timed.ics",
                CalendarDocument(productVersion: "0.1.0", timeZone: zone, events: try Self.hostileEvents(timed: true))
            ),
        ] {
            let report = try icsCheck("khal", try write(document, to: folder, name: name))
            #expect(report.imports?.map(\.status) == [0, 0], "\(report.imports?.map(\.stderr) ?? [])")
            #expect(report.counts == [6, 6], "\(name)")
        }
    }

    /// The planner.md worked-example history: four weeks of 20–24 km before Monday 2026-11-23.
    static func workedExampleRuns() -> [Run] {
        let today = CalendarDay(daysSinceEpoch: CalendarDay(year: 2026, month: 11, day: 23)?.daysSinceEpoch ?? 0)
        let days: [(Int, Double)] = [
            (-27, 5), (-25, 4), (-23, 4), (-22, 7), (-20, 5), (-18, 5), (-16, 4), (-15, 8),
            (-13, 5), (-11, 5), (-9, 4), (-8, 7), (-6, 6), (-4, 5), (-2, 5), (-1, 8),
        ]
        return days.map { offset, kilometers in
            let day = today.adding(days: offset)
            return Run(
                id: "\(day)", source: RunSource(path: "t.fit", format: .fit, contentHash: "\(day)"), sport: .running,
                start: day.startDate.addingTimeInterval(6 * 3_600), utcOffsetSeconds: 3_600,
                elapsedSeconds: kilometers * 360,
                movingSeconds: kilometers * 360, distanceMeters: kilometers * 1_000)
        }
    }

    static let today = CalendarDay(daysSinceEpoch: CalendarDay(year: 2026, month: 11, day: 23)?.daysSinceEpoch ?? 0)

    @Test(arguments: [
        ("build", PlanOptions(weekdays: [.mon, .tue, .thu, .sat, .sun], weeklyCeilingMeters: 40_000), true),
        ("beginner", PlanOptions(), false),
        ("hold", PlanOptions(backPain: .mild), true),
        ("paused", PlanOptions(backPain: .persistent, symptoms: [.numbness]), true),
        ("urgent", PlanOptions(backPain: .persistent, symptoms: [.saddleNumbness]), true),
    ])
    func samplePlansParseWithOneEventPerExportedSessionOnItsDay(name: String, options: PlanOptions, withHistory: Bool)
        throws
    {
        let plan = makePlan(runs: withHistory ? Self.workedExampleRuns() : [], today: Self.today, options: options)
        let folder = try icsTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let zone = try TimeZoneRules.load(identifier: "Europe/Berlin", directory: "/usr/share/zoneinfo")
        for timed in [false, true] {
            let events = PlanCalendar.events(
                for: plan, startSecondOfDay: timed ? 7 * 3_600 : nil, reminderMinutes: timed ? 15 : nil)
            let document = CalendarDocument(productVersion: "0.1.0", timeZone: timed ? zone : nil, events: events)
            let report = try icsCheck("parse", try write(document, to: folder, name: "\(name)-\(timed).ics"))
            #expect(report.errors == [], "\(name)")
            let sessions = plan.weeks.flatMap { week in week.days.flatMap { day in day.sessions.map { (day.date, $0) } }
            }
            .filter { plan.mode != .urgent && (plan.mode != .paused || !$0.1.kind.isRun) }
            #expect(report.events?.count == sessions.count, "\(name)")
            #expect(report.events?.map { String($0.start.prefix(10)) } == sessions.map { $0.0.description }, "\(name)")
            #expect(report.events?.map(\.summary) == events.map(\.summary), "\(name)")
            if plan.mode == .paused || plan.mode == .urgent {
                #expect(report.events?.allSatisfy { !$0.uid.contains("-run") } == true)
            }
        }
        #expect(plan.mode.rawValue == name)
    }

    @Test func reimportingAChangedPlanUpdatesKhalsEventsInsteadOfAddingThem() throws {
        let plan = makePlan(
            runs: Self.workedExampleRuns(), today: Self.today,
            options: PlanOptions(weekdays: [.mon, .tue, .thu, .sat, .sun], weeklyCeilingMeters: 40_000))
        let first = CalendarDocument(productVersion: "0.1.0", timeZone: nil, events: PlanCalendar.events(for: plan))
        let firstRevisions = first.revisions(previous: [:])
        var changedEvents = first.events
        changedEvents[1].summary += " (changed)"
        let second = CalendarDocument(productVersion: "0.1.0", timeZone: nil, events: changedEvents)
        let secondRevisions = second.revisions(
            previous: Dictionary(uniqueKeysWithValues: firstRevisions.map { ($0.uid, $0) }))
        #expect(secondRevisions.map(\.sequence) == firstRevisions.indices.map { $0 == 1 ? 1 : 0 })

        let folder = try icsTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let firstFile = folder.appendingPathComponent("first.ics")
        let secondFile = folder.appendingPathComponent("second.ics")
        try Data(first.rendered(stamp: Self.stamp).utf8).write(to: firstFile)
        let sequences = Dictionary(uniqueKeysWithValues: secondRevisions.map { ($0.uid, $0.sequence) })
        try Data(second.rendered(stamp: Self.stamp.addingTimeInterval(3_600), sequences: sequences).utf8).write(
            to: secondFile)

        let parsed = try icsCheck("parse", secondFile)
        #expect(parsed.events?.map(\.sequence) == secondRevisions.map(\.sequence))
        let report = try icsCheck("khal", firstFile, secondFile)
        #expect(report.counts == [first.events.count, first.events.count])
        #expect(report.summaries?[changedEvents[1].uid] == changedEvents[1].summary)
    }
}
