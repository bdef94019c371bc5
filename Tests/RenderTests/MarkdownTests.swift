import Foundation
import Planner
import RunModel
import Testing

@testable import Render

/// Markdown structure, escaping and validity under cmark-gfm.
@Suite struct MarkdownTests {
    @Test func escapingNeutralisesMarkdownAndHTML() {
        #expect(
            MarkdownEscaping.inline("<script>|*x*_[a](b)\n#1 & `c`")
                == "&lt;script&gt;\\|\\*x\\*\\_\\[a\\](b) \\#1 &amp; \\`c\\`")
        #expect(MarkdownEscaping.linkDestination("my plans/plan (1).svg") == "my%20plans/plan%20%281%29.svg")
    }

    @Test func chartLinkIsEscapedAndOptional() {
        let plan = RenderFixtures.build
        #expect(PlanMarkdown(chartPath: "a b)/x.svg").render(plan).contains("](a%20b%29/x.svg)"))
        #expect(!PlanMarkdown(chartPath: nil).render(plan).contains("!["))
    }

    @Test func adviceComesFirst() throws {
        let text = PlanMarkdown().render(RenderFixtures.paused)
        let advice = try #require(text.range(of: "Do not run until a doctor or physiotherapist has seen you"))
        let history = try #require(text.range(of: "## Where you are"))
        #expect(advice.lowerBound < history.lowerBound)
    }

    @Test func urgentModeShowsOnlyTheAdvice() {
        var options = RenderFixtures.options
        options.symptoms = [.saddleNumbness]
        let plan = makePlan(runs: RenderFixtures.history, today: RenderFixtures.day("2026-11-23"), options: options)
        let text = PlanMarkdown().render(plan)
        #expect(text.contains("Seek urgent medical care now"))
        #expect(!text.contains("## Week"))
        #expect(!text.contains("mermaid"))
    }

    @Test func beginnerPlanShowsRunWalkSessions() {
        let plan = makePlan(runs: [], today: RenderFixtures.day("2026-11-24"), options: PlanOptions())
        let text = PlanMarkdown().render(plan)
        // Three sessions of week 1 in the rest of this week, so the next week moves on (three sessions make a week).
        #expect(text.contains("| Sun 29 Nov | **Run/walk, Couch-to-5K week 1** | – | 31 min |"))
        #expect(text.contains("| Sun 6 Dec | **Run/walk, Couch-to-5K week 2** | – | 32 min |"))
        #expect(text.contains("Run/walk: 8 × (run 60 s, walk 90 s), after the warm-up"))
        #expect(text.contains("- No runs in the log yet"))
    }

    @Test func weekTotalsCompareWithTheWeekBefore() {
        let text = PlanMarkdown().render(RenderFixtures.build)
        #expect(text.contains("**Total 26.4 km** (target 26.4 km) against 24.0 km the week before (+10 %)."))
        #expect(text.contains("| Sun 29 Nov | **Long run** | 8.8 km | 1 h 08 min |"))
    }

    static let cmark = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(.enabled(if: cmark != nil, "needs cmark-gfm (apt-get install cmark-gfm)"))
    func everyPlanIsValidGitHubMarkdown() throws {
        for plan in [
            RenderFixtures.build, RenderFixtures.comeback, RenderFixtures.paused, RenderFixtures.beginner,
            RenderFixtures.weekendOnly,
            RenderFixtures.twelveWeeks, RenderFixtures.laterStart,
        ] {
            for chartPath in ["plan.svg", nil] as [String?] {
                let markdown = PlanMarkdown(chartPath: chartPath).render(plan)
                let process = Process()
                process.executableURL = URL(fileURLWithPath: try #require(MarkdownTests.cmark))
                process.arguments = ["--extension", "table", "--validate-utf8"]
                let input = Pipe()
                let output = Pipe()
                process.standardInput = input
                process.standardOutput = output
                try process.run()
                input.fileHandleForWriting.write(Data(markdown.utf8))
                try input.fileHandleForWriting.close()
                let html = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
                // One table for history plus one per week, each with a header and a row per day (4 rows of history).
                #expect(html.components(separatedBy: "<table>").count - 1 == plan.weeks.count + 1)
                #expect(
                    html.components(separatedBy: "<tr>").count - 1 == plan.weeks.map { $0.days.count + 1 }.reduce(0, +)
                        + 5)
                // One chart: the SVG beside a file, the Mermaid block on stdout.
                #expect(html.contains("<pre><code class=\"language-mermaid\">xychart-beta") == (chartPath == nil))
                #expect(html.contains("<img src=\"plan.svg\"") == (chartPath != nil))
                // No table row leaked out of a table as a paragraph.
                #expect(!html.contains("<p>|"))
            }
        }
    }
}
