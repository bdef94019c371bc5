import Foundation
import Testing

/// Issue 23 end to end: `today` from a written plan, `checkin --today`, `checkins --today` as of that day,
/// and an import that gave nothing failing with the reason.
@Suite struct DailyUseCLITests {
    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-daily-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func todayReadsTheWrittenPlanAndSaysWhenThereIsNone() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("log.sqlite").path
        let none = try runRamp(["today", "--db", db, "--today", "2026-11-28"])
        #expect(none.status == 0, "\(none.stderr)")
        #expect(none.stdout.hasPrefix("Today, Sat 28 Nov 2026: no plan in the log gives this day."))
        for day in ["2026-11-16", "2026-11-18", "2026-11-20", "2026-11-22", "2026-11-24"] {
            let added = try runRamp(["add", "--db", db, "--date", day, "--distance", "5km", "--duration", "30:00"])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let plan = try runRamp(
            [
                "plan", "--db", db, "--today", "2026-11-26", "--weeks", "2", "-o",
                dir.appendingPathComponent("p.md").path,
            ])
        #expect(plan.status == 0, "\(plan.stderr)")
        let json = try runRamp(["today", "--db", db, "--today", "2026-11-29", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "runramp.today/1")
        #expect(object["plan_made_on"] as? String == "2026-11-26")
        let sessions = try #require(object["sessions"] as? [[String: Any]])
        // Sunday's run of the week in progress: 5.5 km, its minutes at the runner's 6:00 /km (warm-up, 33 min, cool-down).
        #expect(sessions.contains { $0["kind"] as? String == "easyRun" })
        let text = try runRamp(["today", "--db", db, "--today", "2026-11-29"]).stdout
        #expect(text.contains("Warm-up 10 min"))
        #expect(text.contains("Easy run 5.5 km (about 48 min)"))
        #expect(text.contains("Easy run 5.5 km at a conversational pace, about 33 min"))
        #expect(text.contains("From the plan made on 26 Nov 2026."))
        let ended = try runRamp(["today", "--db", db, "--today", "2026-12-20"]).stdout
        #expect(ended.hasPrefix("Today, Sun 20 Dec 2026: your last plan ended on 13 Dec 2026."))
    }

    @Test func checkInTakesTodayAndCheckInsListNothingAfterIt() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("log.sqlite").path
        #expect(try runRamp(["checkin", "--db", db, "--back-pain", "none", "--today", "2026-11-20"]).status == 0)
        #expect(try runRamp(["checkin", "--db", db, "--back-pain", "mild", "--date", "2026-11-25"]).status == 0)
        let asOf = try runRamp(["checkins", "--db", db, "--today", "2026-11-22"])
        #expect(asOf.stdout.split(separator: "\n").first == "2026-11-20  none")
        #expect(!asOf.stdout.contains("2026-11-25"))
        let json = try runRamp(["checkins", "--db", db, "--today", "2026-11-22", "--json"]).stdout
        #expect(!json.contains("2026-11-25"))
        #expect(try runRamp(["checkins", "--db", db, "--today", "2026-11-25"]).stdout.contains("2026-11-25  mild"))
    }

    @Test func anImportThatGaveNothingFailsAndSaysWhy() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let picture = dir.appendingPathComponent("IMG_2041.jpg")
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46]).write(to: picture)
        let db = dir.appendingPathComponent("log.sqlite").path
        let result = try runRamp(["import", picture.path, "--db", db, "-q"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "runramp: nothing imported: \(picture.path) holds no FIT, GPX, TCX, CSV log or export with a run"))
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let nothing = try runRamp(["import", empty.path, "--db", db, "-q"])
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("runramp: nothing imported: no files in \(empty.path)"))
    }

    /// A real terminal (util-linux `script` gives the command a pseudo-terminal): the plan's chart is text bars;
    /// through a pipe it is the Mermaid block.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func aPlanOnATerminalIsTextAndThroughAPipeMarkdown() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("log.sqlite").path
        let plan = ["plan", "--db", db, "--today", "2026-11-26", "--weeks", "2"]
        let piped = try runRamp(plan)
        #expect(piped.stdout.contains("```mermaid"))
        let command = ([runRampBinary().path] + plan).map { "'\($0)'" }.joined(separator: " ")
        let onTerminal = try runProgram(
            URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"],
            environment: ProcessInfo.processInfo.environment)
        #expect(onTerminal.status == 0, "\(onTerminal.stderr)")
        #expect(onTerminal.stdout.contains("## Weekly distance"))
        #expect(!onTerminal.stdout.contains("```mermaid"))
        #expect(!onTerminal.stdout.contains("|---"))
        let asked = try runProgram(
            URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command + " --format markdown", "/dev/null"],
            environment: ProcessInfo.processInfo.environment)
        #expect(asked.stdout.contains("```mermaid"))
    }
}
