public import Planner
import RunModel

/// The plan as GitHub-flavoured Markdown a runner will follow: advice first, where you are, the chart, one
/// section per week, and the warm-up, cool-down and back-care routines written out once.
public struct PlanMarkdown: Sendable {
    /// Relative path of the SVG chart to link to; nil: the chart is an inline Mermaid block instead.
    public var chartPath: String?
    /// How last week went against the stored plan, shown right after the advice (nil: no such section).
    public var lastWeek: WeekReview?
    /// For a terminal: the chart as text bars instead of Mermaid, the tables as aligned columns (chartPath unused).
    public var forTerminal: Bool
    /// The two-line summary of `runramp why` shown in "Where you are" (empty: none).
    public var why: [String]

    public init(
        chartPath: String? = "plan.svg", lastWeek: WeekReview? = nil, forTerminal: Bool = false, why: [String] = []
    ) {
        self.chartPath = chartPath
        self.lastWeek = lastWeek
        self.forTerminal = forTerminal
        self.why = why
    }

    public func render(_ plan: Plan) -> String {
        let markdown = renderMarkdown(plan)
        return forTerminal ? TerminalTables.aligned(markdown) : markdown
    }

    func renderMarkdown(_ plan: Plan) -> String {
        var out = title(plan)
        out += advice(plan)
        out += lastWeek.map { ReviewMarkdown.section($0) } ?? ""
        guard plan.mode != .urgent else { return out }
        out += WhereYouAre.section(plan, why: why)
        out += chart(plan)
        var previous = plan.history.lastFourWeeksMeters.first ?? 0
        for week in plan.weeks {
            out += WeekSection.section(week, plan: plan, previousMeters: previous)
            previous = week.plannedMeters + week.alreadyRunMeters
        }
        out += Routines.section(plan)
        return out
    }

    func title(_ plan: Plan) -> String {
        var out: String
        if let first = plan.weeks.first, let last = plan.weeks.last {
            out = "# Running plan: \(DisplayFormat.range(first.days.first?.date ?? first.start, last.end))\n\n"
        } else {
            out = "# Running plan\n\n"
        }
        out +=
            "Made on \(DisplayFormat.longDate(plan.today)) · mode **\(plan.mode.rawValue)**: \(DisplayFormat.modeSummary(plan.mode))\n\n"
        return out + GoalLine.markdown(plan)
    }

    func advice(_ plan: Plan) -> String {
        var out = ""
        for advisory in plan.advisories {
            let strong = advisory.kind == .urgent || advisory.kind == .stopRunning
            out += "> \(strong ? "⚠️ " : "")**\(MarkdownEscaping.inline(advisory.title))**\n>\n"
            out += "> \(MarkdownEscaping.inline(advisory.message))\n\n"
        }
        return out
    }

    func chart(_ plan: Plan) -> String {
        let series = MileageSeries(plan: plan)
        guard !series.bars.isEmpty else { return "" }
        if forTerminal { return "## Weekly distance\n\n" + TextBarChart.lines(series) + "\n" }
        // One chart, never two: the SVG beside a written file, else the Mermaid block GitHub renders inline.
        guard let chartPath else { return "## Weekly distance\n\n" + MermaidChart.block(series) + "\n" }
        return
            "## Weekly distance\n\n![Weekly distance: history and plan](\(MarkdownEscaping.linkDestination(chartPath)))\n\n"
    }
}
