import PrintableText
public import RunAnalysis
import RunModel

/// `runramp why` as one Markdown page: the anchors used, then each cause with what the data shows,
/// how sure it is, what to do and how the plan handles it.
public enum WhyMarkdown {
    /// The page; `charts` are file names of SVGs written beside it (load, step rate), linked when given.
    public static func render(_ report: WhyReport, charts: (load: String, stepRate: String)? = nil) -> String {
        var out = "# Why might my lower back hurt from running?\n\n"
        out += "From your own runs of the \(report.weeks.count) weeks up to \(report.today). "
        out += "These figures only advise: the plan never adds volume because of them.\n\n"
        out += "Heart-rate anchors: " + anchorsLine(report.anchors) + ".\n\n"
        let order: [Cause.Verdict] = [.flagged, .clear, .unknown]
        for verdict in order {
            for cause in report.causes where cause.verdict == verdict {
                out += "## \(mark(cause.verdict)) \(cause.title)\n\n"
                out += "- What your data shows: \(cause.finding)\n"
                out += "- How sure: \(cause.evidence)\n"
                if !cause.action.isEmpty { out += "- What to do: \(cause.action)\n" }
                out += "- The plan: \(cause.plan)\n\n"
            }
        }
        if let charts {
            out += "![Weekly distance and load](\(charts.load))\n\n![Step rate at easy pace](\(charts.stepRate))\n"
        }
        return out
    }

    /// "maximum 186 bpm (estimated: …), resting 47 bpm (from your watch's settings in run.fit,
    /// 2017-06-11), threshold unknown, easy ceiling 148 bpm", and the TRIMP constants when the
    /// runner chose the alternative ones. A file's name is made one safe line, and Markdown-escaped
    /// unless `markdown` is false (the terminal).
    public static func anchorsLine(_ anchors: HeartRateAnchors, markdown: Bool = true) -> String {
        func text(_ name: String, _ anchor: HeartRateAnchor?) -> String {
            guard let anchor else { return "\(name) unknown" }
            let source =
                switch anchor.source {
                case .runner: "set by you"
                case .file: watchSource(anchor, markdown: markdown)
                case .estimated: "estimated: your highest 30-second heart rate of the last 365 days"
                }
            return "\(name) \(Int(anchor.bpm.rounded())) bpm (\(source))"
        }
        var parts = [
            text("maximum", anchors.maximum), text("resting", anchors.resting), text("threshold", anchors.threshold),
        ]
        if let ceiling = anchors.easyCeiling {
            parts.append("easy ceiling \(Int(ceiling.bpm.rounded())) bpm")
        } else {
            parts.append("no easy ceiling (`runramp settings --max-hr N`)")
        }
        if anchors.constants != .standard {
            parts.append("TRIMP constants \(anchors.constants.factor) and \(anchors.constants.exponent) (your choice)")
        }
        return parts.joined(separator: ", ")
    }

    /// "from your watch's settings in NAME, DAY": the file's last path component.
    private static func watchSource(_ anchor: HeartRateAnchor, markdown: Bool) -> String {
        var out = "from your watch's settings"
        if let file = anchor.file {
            let name = file.split(separator: "/").last.map(String.init) ?? file
            // One safe line either way: the page is printed to the terminal when not written to a file.
            let line = TerminalText.oneLine(name)
            out += " in " + (markdown ? MarkdownEscaping.inline(line) : line)
        }
        if let date = anchor.date { out += ", \(CalendarDay(date))" }
        return out
    }

    static func mark(_ verdict: Cause.Verdict) -> String {
        switch verdict {
        case .flagged: "⚠"
        case .clear: "✓"
        case .unknown: "?"
        }
    }
}
