import Foundation
import Testing

/// True once the integrator has wired CalendarExportOptions into `runramp plan`.
let planCommandWritesICS: Bool = {
    guard let result = try? runRamp(["plan", "--help"]) else { return false }
    return result.status == 0 && result.stdout.contains("--ics")
}()

/// `runramp plan --ics` as a user runs it, twice, against one training log.
@Suite(.enabled(if: planCommandWritesICS, "runramp plan has no --ics option yet (CalendarExportOptions not wired)"))
struct PlanICSCommandTests {
    @Test(.enabled(if: icsHasZoneData, "needs /usr/share/zoneinfo (tzdata)"))
    func exportingTheSamePlanTwiceChangesOnlyDTSTAMP() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ics = folder.appendingPathComponent("plan.ics").path
        let arguments = [
            "plan", "--today", "2026-11-24", "--db", folder.appendingPathComponent("log.sqlite").path, "--ics", ics,
            "--at", "07:00", "--tz", "Europe/Berlin", "--remind", "30",
        ]
        let first = try runRamp(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        let firstText = try String(contentsOfFile: ics, encoding: .utf8)
        let second = try runRamp(arguments)
        #expect(second.status == 0, "\(second.stderr)")
        let secondText = try String(contentsOfFile: ics, encoding: .utf8)

        let withoutStamp = { (text: String) in text.components(separatedBy: "\r\n").filter { !$0.hasPrefix("DTSTAMP:") } }
        #expect(withoutStamp(firstText) == withoutStamp(secondText))
        #expect(firstText.contains("BEGIN:VEVENT\r\n"))
        #expect(firstText.contains("DTSTART;TZID=Europe/Berlin:"))
        #expect(!firstText.contains("SEQUENCE:1\r\n"))
        #expect(second.stderr.contains("(0 new, 0 changed)"))
        if icsCheckPython != nil {
            let report = try icsCheck("parse", URL(fileURLWithPath: ics))
            #expect(report.errors == [])
            #expect((report.events?.count ?? 0) > 0)
        }
    }

    @Test(.enabled(if: icsCheckPython != nil, "set RUNRAMP_PYTHON to a Python with icalendar and khal"))
    func sampleTracksPlanImportsIntoKhalOnceWhateverTheNumberOfImports() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ics = folder.appendingPathComponent("plan.ics")
        let result = try runRamp([
            "plan", packageRoot.appendingPathComponent("SampleTracks").path, "--today", "2026-11-24", "--quiet",
            "--db", folder.appendingPathComponent("log.sqlite").path, "--ics", ics.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: ics, encoding: .utf8)
        let events = text.components(separatedBy: "BEGIN:VEVENT\r\n").count - 1
        #expect(events > 0)
        let parsed = try icsCheck("parse", ics)
        #expect(parsed.errors == [])
        #expect(parsed.events?.count == events)
        #expect(parsed.events?.allSatisfy { $0.start.count == 10 && $0.start >= "2026-11-30" } == true)
        #expect(try icsCheck("khal", ics).counts == [events, events])
    }

    @Test func badCalendarOptionsFailWithAMessage() throws {
        let result = try runRamp(["plan", "--today", "2026-11-24", "--ics", "/tmp/x.ics", "--at", "7am"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("HH:MM"))
    }
}
