import Foundation
import TestSupport
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

        let withoutStamp = { (text: String) in text.components(separatedBy: "\r\n").filter { !$0.hasPrefix("DTSTAMP:") }
        }
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
        // All-day events from the plan's first day on: today, with the rest of this week (docs/planning-rules.md).
        #expect(parsed.events?.allSatisfy { $0.start.count == 10 && $0.start >= "2026-11-24" } == true)
        #expect(parsed.events?.contains { $0.start < "2026-11-30" } == true)
        #expect(try icsCheck("khal", ics).counts == [events, events])
    }

    /// A build plan exported, then the runner reports numbness (paused) on the same log and
    /// exports to the same file: it cancels every run of the first export, and a calendar that
    /// imported both shows no run that is not cancelled.
    @Test func pausingAfterABuildPlanCancelsEveryExportedRun() throws {
        let folder = try icsTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let buildFile = folder.appendingPathComponent("build.ics")
        let pausedFile = folder.appendingPathComponent("plan.ics")
        let db = folder.appendingPathComponent("log.sqlite").path
        let build = try runRamp([
            "plan", packageRoot.appendingPathComponent("SampleTracks").path, "--today", "2026-11-24", "--quiet", "--db",
            db,
            "--ics", pausedFile.path,
        ])
        #expect(build.status == 0, "\(build.stderr)")
        // What the calendar imported first, before the same file is written again.
        try FileManager.default.copyItem(at: pausedFile, to: buildFile)
        let uids = { (text: String) in
            Set(text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4)) })
        }
        let buildUIDs = uids(try String(contentsOf: buildFile, encoding: .utf8))
        let runUIDs = buildUIDs.filter { $0.contains("-run-") }
        #expect(!runUIDs.isEmpty)

        let pausedArguments = [
            "plan", "--today", "2026-11-24", "--db", db, "--ics", pausedFile.path, "--back-pain", "mild", "--symptom",
            "numbness",
        ]
        let paused = try runRamp(pausedArguments)
        #expect(paused.status == 0, "\(paused.stderr)")
        let pausedText = try String(contentsOf: pausedFile, encoding: .utf8)
        let events = pausedText.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst()
        let cancelled = events.filter { $0.contains("\r\nSTATUS:CANCELLED\r\n") }
        let kept = uids(events.filter { !$0.contains("\r\nSTATUS:CANCELLED\r\n") }.joined())
        // Every session of the first export the paused plan does not hold (every run, and back
        // care unless the paused plan keeps it) is cancelled.
        let expected = buildUIDs.subtracting(kept)
        #expect(expected.isSuperset(of: runUIDs))
        #expect(uids(cancelled.joined()) == expected)
        #expect(paused.stderr.contains(" changed, \(expected.count) cancelled)"), "\(paused.stderr)")
        for event in cancelled {
            #expect(event.contains("\r\nSEQUENCE:1\r\n"))
            #expect(event.contains("\r\nSUMMARY:Cancelled: "))
        }
        // No run event is left confirmed.
        #expect(!events.contains { $0.contains("UID:") && $0.contains("-run-") && $0.contains("STATUS:CONFIRMED") })

        // Exporting the paused plan again changes nothing but DTSTAMP.
        let again = try runRamp(pausedArguments)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("(0 new, 0 changed, \(expected.count) cancelled)"), "\(again.stderr)")
        let withoutStamp = { (text: String) in text.components(separatedBy: "\r\n").filter { !$0.hasPrefix("DTSTAMP:") }
        }
        #expect(withoutStamp(try String(contentsOf: pausedFile, encoding: .utf8)) == withoutStamp(pausedText))

        guard icsCheckPython != nil else { return }
        let parsed = try icsCheck("parse", pausedFile)
        #expect(parsed.errors == [])
        let parsedRuns = parsed.events?.filter { runUIDs.contains($0.uid) } ?? []
        #expect(parsedRuns.count == runUIDs.count)
        #expect(parsedRuns.allSatisfy { $0.status == "CANCELLED" && $0.sequence == 1 && $0.alarms == 0 })
        // khal 0.14 keeps a cancelled event (it lists it as "CANCELLED …"), so the run events are
        // still in its vdir, each now with STATUS:CANCELLED: none remains a planned run.
        let khal = try icsCheck("khal", buildFile, pausedFile)
        #expect(khal.imports?.allSatisfy { $0.status == 0 } == true, "\(khal.imports ?? [])")
        let statuses = khal.statuses ?? [:]
        #expect(runUIDs.allSatisfy { statuses[$0] == "CANCELLED" }, "\(statuses)")
        #expect(statuses.filter { $0.key.contains("-run-") && $0.value != "CANCELLED" }.isEmpty)
        #expect(runUIDs.allSatisfy { khal.summaries?[$0]?.hasPrefix("Cancelled: ") == true })
    }

    /// An urgent check-in after an export writes a file holding only cancellations.
    @Test func anUrgentPlanAfterAnExportWritesOnlyCancellations() throws {
        let folder = try icsTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ics = folder.appendingPathComponent("plan.ics")
        let db = folder.appendingPathComponent("log.sqlite").path
        let urgentArguments = [
            "plan", "--today", "2026-11-24", "--db", db, "--ics", ics.path, "--back-pain", "persistent", "--symptom",
            "saddle-numbness",
        ]
        // On a log of its own (the urgent check-in stands on every later plan of its log).
        let before = try runRamp(
            urgentArguments.map { $0 == db ? folder.appendingPathComponent("other.sqlite").path : $0 })
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stderr.contains("not written"))
        #expect(!FileManager.default.fileExists(atPath: ics.path))

        let build = try runRamp(["plan", "--today", "2026-11-24", "--quiet", "--db", db, "--ics", ics.path])
        #expect(build.status == 0, "\(build.stderr)")
        let exported =
            try String(contentsOf: ics, encoding: .utf8).components(separatedBy: "BEGIN:VEVENT\r\n").count - 1
        #expect(exported > 0)
        let urgent = try runRamp(urgentArguments)
        #expect(urgent.status == 0, "\(urgent.stderr)")
        #expect(
            urgent.stderr.contains("\(exported) calendar events (0 new, 0 changed, \(exported) cancelled)"),
            "\(urgent.stderr)")
        let text = try String(contentsOf: ics, encoding: .utf8)
        #expect(text.components(separatedBy: "STATUS:CANCELLED\r\n").count - 1 == exported)
        #expect(!text.contains("STATUS:CONFIRMED"))
    }

    @Test func badCalendarOptionsFailWithAMessage() throws {
        let result = try runRamp(["plan", "--today", "2026-11-24", "--ics", "/tmp/x.ics", "--at", "7am"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("HH:MM"))
    }
}
