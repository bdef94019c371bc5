import Foundation
import TestSupport
import Testing

/// What a runner sees when something is wrong on the command line: one line, the README's wording,
/// a non-zero status, and nothing imported or printed before a failure that was foreseeable.
@Suite struct UserJourneyTests {
    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-journey-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Lines of stderr, without empty ones.
    func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test(arguments: [
        (["--weeks", "13"], "--weeks 13: expected 1 to 12"),
        (["--today", "2026-13-01"], "--today 2026-13-01: there is no month 13 (expected YYYY-MM-DD)"),
        (
            ["--today", "2026-11-24", "--start", "2026-11-01"],
            "--start 2026-11-01: must not be before today (2026-11-24)"
        ),
        (["--units", "yd"], "--units yd: expected km or mi"),
        (["--format", "html"], "--format html: expected text, markdown or json"),
        (["--days", "mon,xyz"], "--days: xyz is not a weekday (use mon,tue,wed,thu,fri,sat,sun)"),
        (["--long-run", "someday"], "--long-run someday: expected a weekday such as sun"),
        (["--max-week", "0km"], "--max-week 0km: expected a distance such as 40km or 25mi"),
        (["--max-week", "-5km"], "--max-week -5km: expected a distance such as 40km or 25mi"),
        (["--back-pain", "some"], "--back-pain some: expected none, mild or persistent"),
        (["--symptom", "itch"], "--symptom itch: expected one of radiating-pain, numbness"),
        (["--ics", "p.ics", "--at", "7am"], "--at: expected a time of day as HH:MM (00:00–23:59), got \"7am\""),
        (
            ["--ics", "p.ics", "--remind", "-5"],
            "--remind: a reminder must be 0–10080 minutes before the event, got -5"
        ),
        (["--at", "07:00"], "--at, --tz and --remind need --ics FILE"),
        (["--ics", "p.ics", "--tz", "Europe/Berlin"], "--tz needs --at HH:MM"),
        (["--today", "9999-12-31"], "--today 9999-12-31: expected a day between 1900-01-01 and 2099-12-31"),
        (
            ["--today", "2026-11-24", "--start", "9999-12-01"],
            "--start 9999-12-01: expected a day between 1900-01-01 and 2099-12-31"
        ),
    ])
    func badOptionsAreOneLineInTheReadmeWording(arguments: [String], message: String) throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try runRamp(
            ["plan", "--db", dir.appendingPathComponent("log.sqlite").path] + arguments, currentDirectory: dir)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        let errorLines = lines(result.stderr)
        #expect(errorLines.count == 1, "\(result.stderr)")
        #expect(errorLines.first?.contains(message) == true, "\(result.stderr)")
        #expect(!result.stderr.contains("Usage:"))
    }

    @Test(.enabled(if: icsHasZoneData, "needs /usr/share/zoneinfo (tzdata)"))
    func anUnknownZoneStopsBeforeImportingOrPrinting() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = dir.appendingPathComponent("log.sqlite")
        let result = try runRamp([
            "plan", packageRoot.appendingPathComponent("SampleTracks").path, "--db", log.path, "--today", "2026-11-24",
            "--ics", dir.appendingPathComponent("plan.ics").path, "--at", "07:00", "--tz", "Mars/Base",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty, "the plan was printed before the error")
        #expect(
            lines(result.stderr) == [
                "runramp: /usr/share/zoneinfo/Mars/Base: unknown time zone \"Mars/Base\"; use an Area/City name such as Europe/Berlin"
            ])
        #expect(!FileManager.default.fileExists(atPath: log.path), "the paths were imported before the error")
    }

    @Test func aMissingFolderForTheCalendarOrThePlanStopsFirst() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("log.sqlite").path
        let missing = dir.appendingPathComponent("no-such-folder")
        let ics = try runRamp([
            "plan", "--db", db, "--today", "2026-11-24", "--ics", missing.appendingPathComponent("plan.ics").path,
        ])
        #expect(ics.status == 1)
        #expect(ics.stdout.isEmpty)
        #expect(
            lines(ics.stderr) == [
                "runramp: \(missing.path)/plan.ics: cannot write the calendar file: the folder \(missing.path) does not exist"
            ])

        let markdown = try runRamp([
            "plan", "--db", db, "--today", "2026-11-24", "--output", missing.appendingPathComponent("plan.md").path,
        ])
        #expect(markdown.status == 1)
        #expect(
            lines(markdown.stderr) == [
                "runramp: cannot write \(missing.path)/plan.md: the folder \(missing.path) does not exist"
            ])

        // --output naming a folder: one readable line, and no "folder.svg" written beside it.
        let folder = dir.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let intoFolder = try runRamp(["plan", "--db", db, "--today", "2026-11-24", "--output", folder.path])
        #expect(intoFolder.status == 1)
        #expect(
            lines(intoFolder.stderr) == [
                "runramp: cannot write \(folder.path): it is a folder; give a file name such as \(folder.path)/plan.md"
            ])
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("plans.svg").path))
        let icsIntoFolder = try runRamp(["plan", "--db", db, "--today", "2026-11-24", "--ics", folder.path])
        #expect(icsIntoFolder.status == 1)
        #expect(icsIntoFolder.stdout.isEmpty)
        #expect(
            lines(icsIntoFolder.stderr) == [
                "runramp: \(folder.path): cannot write the calendar file: it is a folder; give a file name such as \(folder.path)/plan.ics"
            ])
    }
}

/// `runramp inspect` with what a user may point it at: a typo, a folder, a file whose name is hostile.
@Suite struct InspectJourneyTests {
    @Test func aMissingFileOrAFolderIsOneLine() throws {
        let missing = try runRamp(["inspect", "/no/such/run.gpx"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "/no/such/run.gpx: no such file or folder\n")
        let folder = try runRamp(["inspect", packageRoot.appendingPathComponent("SampleTracks").path])
        #expect(folder.status == 1)
        #expect(folder.stderr.split(separator: "\n").count == 1, "\(folder.stderr)")
        #expect(!folder.stderr.contains("Usage:"))
    }

    @Test func aGzippedSampleSaysWhatItIsInsteadOfDocumentIsEmpty() throws {
        let path = packageRoot.appendingPathComponent("SampleTracks/2026-09-29-run.gpx.gz").path
        let result = try runRamp(["inspect", path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("\(path): a gzip file: "), "\(result.stderr)")
        #expect(!result.stderr.contains("Document is empty"))
    }

    @Test func aTextFileIsNotCalledAnEmptyDocument() throws {
        let path = packageRoot.appendingPathComponent("SampleTracks/README.md").path
        let result = try runRamp(["inspect", path])
        #expect(result.status == 1)
        #expect(result.stderr == "\(path): not a FIT, GPX or TCX file (no FIT header, and not XML)\n")
    }

    @Test func controlCharactersInNamesCannotReachTheTerminal() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-inspect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("hostile.gpx")
        // A CR (would overwrite the line), a newline (would forge a line), C1 CSI and a right-to-left override.
        let name = "Morning&#13;run&#10;length (2D): 99 km &#x9B;2J &#x202E;nur"
        let gpx = """
            <?xml version="1.0"?>
            <gpx version="1.1" creator="Watch&#10;by evil" xmlns="http://www.topografix.com/GPX/1/1">
            <metadata><name>\(name)</name></metadata>
            <trk><trkseg><trkpt lat="52.0" lon="13.0"><time>2026-11-20T07:00:00Z</time></trkpt></trkseg></trk></gpx>
            """
        try Data(gpx.utf8).write(to: file)
        let result = try runRamp(["inspect", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "GPX 1.1 by Watch by evil: Morning run length (2D): 99 km 2J nur")
        #expect(lines.filter { $0.hasPrefix("length (2D)") }.count == 1)
        #expect(!result.stdout.unicodeScalars.contains { $0 == "\r" || $0 == "\u{9B}" || $0 == "\u{202E}" })
    }
}

/// `runramp plan --output` for an urgent check-in: the advice only, no chart file beside it.
@Suite struct UrgentOutputJourneyTests {
    @Test func anUrgentPlanWritesNoOrphanChart() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-urgent-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try runRamp([
            "plan", "--db", dir.appendingPathComponent("log.sqlite").path, "--today", "2026-11-24", "--symptom",
            "both-legs",
            "--output", dir.appendingPathComponent("plan.md").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOf: dir.appendingPathComponent("plan.md"), encoding: .utf8)
        #expect(markdown.contains("Seek urgent medical care now"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("plan.svg").path))
    }
}

/// `runramp plan PATH…` when the paths give nothing: no plan from an empty log, as `runramp import` fails.
@Suite struct PlanImportJourneyTests {
    @Test func aMistypedPathMakesNoPlan() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "runramp-plan-typo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let typo = dir.appendingPathComponent("SampleTrack").path
        let result = try runRamp([
            "plan", typo, "--db", dir.appendingPathComponent("log.sqlite").path, "--today", "2026-11-24", "--quiet",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty, "a plan was printed: \(result.stdout.prefix(200))")
        #expect(result.stderr.contains("failed: \(typo): no such file or folder"))
        #expect(result.stderr.contains("runramp: nothing could be imported from \(typo), so no plan was made"))
    }
}

/// Hostile activity names imported from a GPX file never reach the plan's Markdown or calendar raw.
@Suite struct HostileNameJourneyTests {
    @Test func aHostileNameCannotBreakThePlanOrTheCalendar() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let name =
            "Evil | run &lt;script&gt;x&lt;/script&gt; *b* [l](u)&#10;END:VEVENT&#13;&#10;BEGIN:VEVENT; a, b \\ c"
        var points = ""
        for i in 0..<200 {
            let seconds = 10 * i
            points +=
                "<trkpt lat=\"\(52.0 + Double(i) * 0.0003)\" lon=\"13.0\"><time>2026-11-20T07:\(String(format: "%02d:%02d", seconds / 60, seconds % 60))Z</time></trkpt>"
        }
        let gpx = """
            <?xml version="1.0"?><gpx version="1.1" creator="a|b" xmlns="http://www.topografix.com/GPX/1/1">\
            <metadata><name>\(name)</name></metadata><trk><name>\(name)</name><type>running</type><trkseg>\(points)</trkseg></trk></gpx>
            """
        try Data(gpx.utf8).write(to: dir.appendingPathComponent("evil.gpx"))
        let ics = dir.appendingPathComponent("plan.ics")
        let result = try runRamp([
            "plan", dir.appendingPathComponent("evil.gpx").path, "--db", dir.appendingPathComponent("log.sqlite").path,
            "--today", "2026-11-24", "--quiet", "--ics", ics.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("## Week 1"))
        #expect(!result.stdout.contains("<script>"))
        #expect(!result.stdout.contains("Evil"))
        for line in result.stdout.split(separator: "\n")
        where line.hasPrefix("| ") && !line.hasPrefix("| Week") && !line.hasPrefix("| Day") {
            // Every table row keeps its cell count: Where-you-are rows have 6 cells, day rows 4.
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).count - 2
            #expect(cells == 6 || cells == 4, "\(line)")
        }
        let calendar = try String(contentsOf: ics, encoding: .utf8)
        #expect(!calendar.contains("Evil"))
        #expect(
            calendar.components(separatedBy: "BEGIN:VEVENT").count
                == calendar.components(separatedBy: "END:VEVENT").count)
    }
}
