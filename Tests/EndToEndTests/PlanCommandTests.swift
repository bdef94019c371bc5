import Foundation
import TestSupport
import Testing

/// `runramp plan` end to end: import SampleTracks into a fresh log, plan, write Markdown + SVG or JSON.
@Suite struct PlanCommandTests {
    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func plansTheSampleTracksIntoMarkdownAndSVG() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("plan.md")
        let result = try runRamp([
            "plan", packageRoot.appendingPathComponent("SampleTracks").path, "--today", "2026-11-24",
            "--db", dir.appendingPathComponent("log.sqlite").path, "--output", output.path, "--quiet",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOf: output, encoding: .utf8)
        // Made on a Tuesday: the rest of this week first, then four weeks from Monday 30 Nov.
        #expect(markdown.hasPrefix("# Running plan: 24 Nov – 27 Dec 2026"))
        #expect(markdown.contains("## This week: 24 Nov – 29 Nov 2026"))
        #expect(markdown.contains("mode **build**"))
        #expect(markdown.contains("| 16 Nov – 22 Nov 2026 | 24.0 km | +14 % | 4 | 8.0 km | 0 % |"))
        #expect(markdown.contains("(target 26.4 km)"))
        #expect(markdown.contains("![Weekly distance: history and plan](plan.svg)"))
        let svg = try String(contentsOf: dir.appendingPathComponent("plan.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<svg"))
    }

    @Test func writesJSONAndHonoursTheOptions() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try runRamp([
            "plan", packageRoot.appendingPathComponent("SampleTracks").path, "--today", "2026-11-24",
            "--db", dir.appendingPathComponent("log.sqlite").path, "--quiet", "--format", "json", "--weeks", "6",
            "--days", "mon,tue,thu,sat,sun", "--long-run", "sun", "--max-week", "40km", "--units", "mi",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["mode"] as? String == "build")
        // This week (from Tuesday 24 Nov) and the six weeks asked for.
        #expect((object["weeks"] as? [[String: Any]])?.map { $0["index"] as? Int } == [0, 1, 2, 3, 4, 5, 6])
        #expect((object["options"] as? [String: Any])?["units"] as? String == "mi")
    }

    @Test func emptyLogGivesABeginnerPlanOnStdoutWithoutAnSVG() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try runRamp(
            ["plan", "--db", dir.appendingPathComponent("log.sqlite").path, "--today", "2026-11-24"],
            currentDirectory: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("mode **beginner**"))
        #expect(result.stdout.contains("```mermaid"))
        #expect(!result.stdout.contains("!["))
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(!files.contains { $0.hasSuffix(".svg") })
    }

    @Test func symptomsPauseAndRedFlagsStop() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("log.sqlite").path
        let paused = try runRamp(["plan", "--db", db, "--today", "2026-11-24", "--symptom", "tingling"])
        #expect(paused.status == 0)
        #expect(paused.stdout.contains("Do not run until a doctor or physiotherapist has seen you"))
        #expect(!paused.stdout.contains("!["))
        let urgent = try runRamp(["plan", "--db", db, "--today", "2026-11-24", "--symptom", "saddle-numbness"])
        #expect(urgent.stdout.contains("Seek urgent medical care now"))
        #expect(!urgent.stdout.contains("## Week"))
    }

    @Test(arguments: [
        ["--weeks", "13"], ["--days", "mon,xyz"], ["--max-week", "fast"], ["--today", "2026-02-30"],
        ["--back-pain", "some"], ["--symptom", "itch"], ["--units", "yd"], ["--format", "html"],
    ])
    func badOptionsSayWhatIsWrong(arguments: [String]) throws {
        let result = try runRamp(["plan", "--db", "/nonexistent/x.sqlite"] + arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(arguments[0]), "\(result.stderr)")
    }
}
