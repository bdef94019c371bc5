import Foundation
import Planner
import Testing

@testable import Render

/// `runramp plan` on a terminal: text bars instead of Mermaid, aligned columns instead of pipe tables; and the
/// acute:chronic ratio only with enough history.
@Suite struct TerminalOutputTests {
    @Test func aTerminalGetsTextBarsAndAlignedTables() throws {
        let plan = RenderFixtures.build
        let text = PlanMarkdown(chartPath: nil, forTerminal: true).render(plan)
        #expect(!text.contains("```mermaid"))
        #expect(!text.contains("|"))
        #expect(text.contains("█"))
        let markdown = PlanMarkdown(chartPath: nil).render(plan)
        #expect(markdown.contains("```mermaid"))
        // One line a week in the chart, the planned ones marked, each bar as long as weeks draws it.
        let series = MileageSeries(plan: plan)
        let chart = try #require(
            text.components(separatedBy: "## Weekly distance\n\n").last?.components(separatedBy: "\n\n").first)
        let chartLines = chart.split(separator: "\n")
        #expect(chartLines.count == series.bars.count)
        #expect(chartLines.filter { $0.contains("planned") }.count == plan.weeks.count)
        let scale = series.bars.map(\.value).max() ?? 0
        for (line, bar) in zip(chartLines, series.bars) {
            #expect(line.hasPrefix("\(bar.start)  \(TextBarChart.bar(bar.value, scale: scale))"))
        }
        try SnapshotTests().assertSnapshot(text, named: "build-terminal.txt")
    }

    @Test func tableColumnsLineUp() {
        let table =
            "| Day | What | Distance |\n|---|---|---:|\n| Mon 30 Nov | **Easy run** | 5.2 km |\n| Sun 6 Dec | Rest | – |\n"
        let lines = TerminalTables.aligned(table).split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "Day         What      Distance",
                "----------  --------  --------",
                "Mon 30 Nov  Easy run    5.2 km",
                "Sun 6 Dec   Rest             –",
            ])
        // Text outside tables, and an escaped bar inside a cell, are kept.
        #expect(TerminalTables.aligned("# Plan\n\n| a \\| b |\n|---|\n| c |\n") == "# Plan\n\na | b\n-----\nc\n")
    }

    @Test func theLoadRatioNeedsThreeOfTheLastFourWeeks() {
        #expect(RenderFixtures.build.history.hasHistoryForLoadRatio)
        #expect(PlanMarkdown().render(RenderFixtures.build).contains("Acute:chronic load ratio"))
        for plan in [RenderFixtures.beginner, RenderFixtures.comeback] {
            let weeksWithRuns = plan.history.recentWeeks.suffix(4).filter { $0.runs > 0 }.count
            #expect(plan.history.hasHistoryForLoadRatio == (weeksWithRuns >= 3))
            #expect(
                PlanMarkdown().render(plan).contains("Acute:chronic load ratio") == (weeksWithRuns >= 3), "\(plan.mode)"
            )
        }
        #expect(!RenderFixtures.beginner.history.hasHistoryForLoadRatio)
    }
}
