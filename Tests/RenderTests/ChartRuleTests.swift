import Foundation
import Planner
import RunModel
import Testing

@testable import Render

/// The chart's rules (docs/development.md, README "The chart"): one chart per Markdown (the SVG
/// link in a file, the Mermaid block on stdout), the current week shown, today marked, and a legend
/// that names only the bars that are drawn.
@Suite struct ChartRuleTests {
    /// Wednesday 25 Nov 2026: the week so far holds 6 km (Mon) + 4 km (Tue); the run on Thursday
    /// 26 Nov is after today and must not count.
    static let midWeekRuns =
        RenderFixtures.history + [
            RenderFixtures.run("2026-11-23", 6), RenderFixtures.run("2026-11-24", 4),
            RenderFixtures.run("2026-11-26", 9),
        ]

    /// The plan of that Wednesday with `--start 2026-11-30`: it starts on Monday 30 Nov, after the current week.
    static var midWeek: Plan {
        var options = RenderFixtures.options
        options.start = RenderFixtures.day("2026-11-30")
        return makePlan(runs: midWeekRuns, today: RenderFixtures.day("2026-11-25"), options: options)
    }

    /// The plan of that Wednesday starting today: its "This week" (week 0) is the rest of the current week.
    static var midWeekFromToday: Plan {
        makePlan(runs: midWeekRuns, today: RenderFixtures.day("2026-11-25"), options: RenderFixtures.options)
    }

    /// The `<rect>` bars of an SVG chart (legend swatches excluded): (x, width, fill, title).
    static func bars(_ svg: String) -> [(x: Double, width: Double, height: Double, fill: String, title: String)] {
        svg.components(separatedBy: "\n").compactMap { line in
            guard line.hasPrefix("<rect x="), line.contains("<title>"),
                let x = attribute("x", line).flatMap(Double.init),
                let width = attribute("width", line).flatMap(Double.init),
                let height = attribute("height", line).flatMap(Double.init), let fill = attribute("fill", line),
                let title = line.components(separatedBy: "<title>").last?.components(separatedBy: "</title>").first
            else { return nil }
            return (x, width, height, fill, title)
        }
    }

    static func attribute(_ name: String, _ line: String) -> String? {
        guard let range = line.range(of: " \(name)=\"") else { return nil }
        return line[range.upperBound...].components(separatedBy: "\"").first
    }

    static func legendNames(_ svg: String) -> [String] {
        svg.components(separatedBy: "<text class=\"legend\"").dropFirst().compactMap {
            $0.components(separatedBy: ">").dropFirst().first?.components(separatedBy: "<").first
        }
    }

    @Test func markdownOnStdoutHoldsTheMermaidBlockOnly() {
        for plan in [RenderFixtures.build, Self.midWeek, RenderFixtures.comeback] {
            let markdown = PlanMarkdown(chartPath: nil).render(plan)
            #expect(markdown.components(separatedBy: "```mermaid").count == 2)
            #expect(!markdown.contains("!["))
            #expect(!markdown.contains(".svg"))
        }
    }

    @Test func markdownBesideAFileLinksTheSVGAndHasNoMermaidBlock() {
        for plan in [RenderFixtures.build, Self.midWeek, RenderFixtures.comeback] {
            let markdown = PlanMarkdown(chartPath: "my plan.svg").render(plan)
            #expect(markdown.contains("![Weekly distance: history and plan](my%20plan.svg)"))
            #expect(!markdown.contains("```mermaid"))
            #expect(!markdown.contains("xychart"))
        }
    }

    @Test func theCurrentWeekSoFarIsABarWhenThePlanStartsAfterIt() throws {
        let plan = Self.midWeek
        #expect(plan.weeks.first?.start == RenderFixtures.day("2026-11-30"))
        let series = MileageSeries(plan: plan)
        // 8 complete weeks (28 Sep … 16 Nov), this week, then the 4 planned weeks.
        #expect(
            series.bars.map(\.start.description) == [
                "2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09",
                "2026-11-16",
                "2026-11-23", "2026-11-30", "2026-12-07", "2026-12-14", "2026-12-21",
            ])
        #expect(series.bars[8] == .init(start: RenderFixtures.day("2026-11-23"), value: 10, kind: .currentWeek))
        let svg = MileageChartSVG().render(plan)
        let drawn = Self.bars(svg)
        #expect(drawn.count == 13)
        #expect(drawn[8].fill == MileageChartSVG.currentWeekColor)
        #expect(drawn[8].title == "23 Nov: 10.0 km")
        // Mermaid: the week is in the history series (10.0) and not in the planned one.
        let mermaid = MermaidChart.block(series)
        #expect(mermaid.contains("\"23 Nov (today: Wed)\""))
        let historyLine = try #require(mermaid.components(separatedBy: "\n").first { $0.contains("bar [") })
        #expect(historyLine.contains("24.0, 10.0, 0, 0, 0, 0]"))
    }

    @Test func aPlanStartingTodayShowsTheCurrentWeekOnceAsItsFirstWeek() {
        let plan = RenderFixtures.build  // Monday 23 Nov: the plan's first week is this week
        let series = MileageSeries(plan: plan)
        #expect(series.bars.filter { $0.start == RenderFixtures.day("2026-11-23") }.map(\.kind) == [.planned])
        #expect(!series.bars.contains { $0.kind == .currentWeek })
        #expect(series.todayPosition?.bar == 8)
        #expect(series.todayPosition?.weekday == 0)
    }

    @Test func aMidWeekPlanShowsTheCurrentWeekOnceAsThisWeek() throws {
        let plan = Self.midWeekFromToday
        let week0 = try #require(plan.weeks.first)
        #expect(week0.index == 0)
        #expect(week0.start == RenderFixtures.day("2026-11-23"))
        #expect(week0.alreadyRunMeters == 10_000)
        let series = MileageSeries(plan: plan)
        // One bar for 23 Nov: what was run (6 + 4 km) plus the rest of the week's plan; no separate "so far" bar.
        let thisWeek = series.bars.filter { $0.start == RenderFixtures.day("2026-11-23") }
        #expect(thisWeek.count == 1)
        #expect(thisWeek.first?.kind == (week0.isCutback ? .cutback : .planned))
        #expect(thisWeek.first.map { abs($0.value - (week0.plannedMeters + 10_000) / 1000) < 1e-9 } == true)
        #expect(!series.bars.contains { $0.kind == .currentWeek })
        #expect(series.bars.count == 8 + plan.weeks.count)
        // Today is marked in that bar, on Wednesday, in the SVG, the Mermaid block and the Markdown's "This week".
        #expect(series.todayPosition?.bar == 8)
        #expect(series.todayPosition?.weekday == 2)
        let mermaid = PlanMarkdown(chartPath: nil).render(plan)
        #expect(mermaid.components(separatedBy: "(today: Wed)").count == 2)
        #expect(mermaid.components(separatedBy: "## This week").count == 2)
        #expect(MileageChartSVG().render(plan).components(separatedBy: "<title>today, 25 Nov 2026</title>").count == 2)
    }

    @Test func todayIsMarkedInsideItsWeek() throws {
        let svg = MileageChartSVG().render(Self.midWeek)
        let markers = svg.components(separatedBy: "<title>today, 25 Nov 2026</title>")
        #expect(markers.count == 2)
        let line = try #require(markers.first?.components(separatedBy: "\n").last)
        let x = try #require(Self.attribute("x1", line).flatMap(Double.init))
        let week = Self.bars(svg)[8]
        // Wednesday is the 3rd of the slot's 7 days; the bar fills the middle 70 % of its slot.
        #expect(x > week.x && x < week.x + week.width / 2)
        let before = Self.bars(svg)[7]
        #expect(x > before.x + before.width)
    }

    @Test func theLegendNamesOnlyWhatIsDrawn() {
        var oneWeek = RenderFixtures.options
        oneWeek.weeks = 1
        let plans = [
            RenderFixtures.build, Self.midWeek, RenderFixtures.comeback,
            // Wednesday with nothing run yet this week: its bar is empty, so no "this week" entry.
            makePlan(runs: RenderFixtures.history, today: RenderFixtures.day("2026-11-25"), options: oneWeek),
            makePlan(runs: [], today: RenderFixtures.day("2026-11-25"), options: RenderFixtures.options),
        ]
        var namesSeen = Set<String>()
        for plan in plans {
            let svg = MileageChartSVG().render(plan)
            let colours = Set(Self.bars(svg).filter { $0.height > 0 }.map(\.fill))
            let expected =
                [
                    (MileageChartSVG.historyColor, "history"), (MileageChartSVG.currentWeekColor, "this week"),
                    (MileageChartSVG.plannedColor, "plan"), (MileageChartSVG.cutbackColor, "lighter week"),
                ].filter { colours.contains($0.0) }.map(\.1) + ["today"]
            #expect(Self.legendNames(svg) == expected, "\(plan.today)")
            namesSeen.formUnion(expected)
        }
        // The plans above between them leave out each kind at least once and show it at least once.
        #expect(namesSeen == ["history", "this week", "plan", "lighter week", "today"])
        let withoutCutback = MileageChartSVG().render(plans[3])
        #expect(Self.legendNames(withoutCutback) == ["history", "plan", "today"])
        // A beginner with no history: no history entry, though its empty weeks are on the axis.
        #expect(!Self.legendNames(MileageChartSVG().render(plans[4])).contains("history"))
        #expect(!Self.legendNames(MileageChartSVG().render(RenderFixtures.build)).contains("this week"))
    }
}
