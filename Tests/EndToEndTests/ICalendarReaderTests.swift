import Foundation
import Render
import RunModel
import Testing

/// RUNRAMP_PYTHON, when it names an executable (CI: a venv with icalendar 7.x and khal).
let icsCheckPython: String? = ProcessInfo.processInfo.environment["RUNRAMP_PYTHON"].flatMap {
    FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil
}

/// What Scripts/ics_check.py reports.
struct ICSCheckReport: Decodable {
    struct Event: Decodable {
        var uid: String
        var start: String
        var end: String
        var summary: String
        var sequence: Int
        var alarms: Int
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
}

/// Runs `Scripts/ics_check.py MODE FILE` with RUNRAMP_PYTHON and decodes its JSON.
func icsCheck(_ mode: String, _ file: URL) throws -> ICSCheckReport {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: icsCheckPython ?? "/usr/bin/python3")
    process.arguments = [packageRoot.appendingPathComponent("Scripts/ics_check.py").path, mode, file.path]
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: String(decoding: errors, as: UTF8.self)])
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
@Suite(.enabled(if: icsCheckPython != nil, "set RUNRAMP_PYTHON to a Python with icalendar and khal (see .ci/run)"))
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
                timing: timed ? .timed(start: LocalDateTime(day: day, secondOfDay: 25_200), durationSeconds: 3_900) : .allDay(day),
                summary: name, description: name + "\n" + name, categories: ["Running", name], reminderMinutes: timed ? 30 : nil)
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
        let file = try write(CalendarDocument(productVersion: "0.1.0", timeZone: nil, events: events), to: folder, name: "all-day.ics")
        let report = try icsCheck("parse", file)
        #expect(report.errors == [])
        #expect(report.events?.count == 6)
        #expect(report.events?.map(\.start) == ["2026-12-06", "2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11"])
        #expect(report.events?.map(\.end).first == "2026-12-07")
        #expect(report.events?[0].summary == Self.hostileNames[0])
        #expect(report.events?[1].summary == "Line one\nline two\nthree\nfour")
        #expect(report.events?[2].summary == "\nBEGIN:VEVENT\nUID:evil")
        #expect(report.events?[3].summary == Self.hostileNames[3])
    }

    @Test(arguments: ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Etc/UTC"])
    func icalendarReadsTimedEventsAtSevenLocalTime(zone identifier: String) throws {
        let zone = try TimeZoneRules.load(identifier: identifier, directory: "/usr/share/zoneinfo")
        let folder = try icsTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = CalendarDocument(productVersion: "0.1.0", timeZone: zone, events: try Self.hostileEvents(timed: true))
        let report = try icsCheck("parse", try write(document, to: folder, name: "timed.ics"))
        #expect(report.errors == [])
        #expect(report.timezones == (zone.isUTC ? [] : [identifier]))
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
            ("all-day.ics", CalendarDocument(productVersion: "0.1.0", timeZone: nil, events: try Self.hostileEvents(timed: false))),
            ("timed.ics", CalendarDocument(productVersion: "0.1.0", timeZone: zone, events: try Self.hostileEvents(timed: true))),
        ] {
            let report = try icsCheck("khal", try write(document, to: folder, name: name))
            #expect(report.imports?.map(\.status) == [0, 0], "\(report.imports?.map(\.stderr) ?? [])")
            #expect(report.counts == [6, 6], "\(name)")
        }
    }
}
