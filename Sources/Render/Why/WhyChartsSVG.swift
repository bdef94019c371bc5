import Foundation
public import RunAnalysis
import RunModel

/// The two charts of `runramp why` as standalone SVGs, in the conventions of `MileageChartSVG`:
/// weekly distance (bars) with weekly TRIMP (a line on its own scale), and the weekly step rate at
/// easy pace (points joined by a line). Weeks without a value are left empty, never drawn as 0.
public enum WhyChartsSVG {
    public static let distanceColor = MileageChartSVG.historyColor
    public static let loadColor = MileageChartSVG.plannedColor
    static let width = 760
    static let height = 320
    static let left = 56
    static let right = 56
    static let top = 40
    static let bottom = 56

    /// Weekly distance (km) and load (TRIMP, else session RPE × minutes).
    public static func load(_ report: WhyReport) -> String {
        let weeks = report.weeks
        let kilometres = weeks.map { $0.distanceMeters / 1_000 }
        let distanceTop = niceMaximum(kilometres.max() ?? 0)
        let trimpTop = niceMaximum(weeks.compactMap(\.load).max() ?? 0)
        let usesEffort = weeks.contains(where: \.loadIncludesEffort)
        var svg = header(title: "Weekly distance (km) and load (\(usesEffort ? "TRIMP or effort × minutes" : "TRIMP"))")
        svg += legend([(distanceColor, "distance"), (loadColor, usesEffort ? "load" : "TRIMP")])
        svg += grid(maximum: distanceTop, side: left)
        let slot = Double(plotWidth) / Double(max(weeks.count, 1))
        for (index, week) in weeks.enumerated() {
            let x = Double(left) + slot * Double(index) + slot * 0.15
            let barTop = y(kilometres[index], maximum: distanceTop)
            svg += "<rect x=\"\(n(x))\" y=\"\(n(barTop))\" width=\"\(n(slot * 0.7))\" "
            svg += "height=\"\(n(Double(top + plotHeight) - barTop))\" fill=\"\(distanceColor)\">"
            svg += "<title>\(week.start): \(n(kilometres[index])) km</title></rect>\n"
            svg += weekLabel(week.start, x: x + slot * 0.35)
        }
        let points = weeks.enumerated().compactMap { index, week in
            week.load.map { (Double(left) + slot * (Double(index) + 0.5), y($0, maximum: trimpTop)) }
        }
        svg += line(points, color: loadColor)
        svg += "<text x=\"\(width - right + 6)\" y=\"\(top)\" dy=\"4\" fill=\"\(loadColor)\">\(Int(trimpTop))</text>\n"
        if points.isEmpty {
            svg += "<text x=\"\(width / 2)\" y=\"\(top + 14)\" text-anchor=\"middle\" fill=\"\(loadColor)\">"
            svg += "no load: no heart rate with a resting heart rate, no effort given</text>\n"
        }
        return svg + footer()
    }

    /// Weekly median step rate at easy pace.
    public static func stepRate(_ report: WhyReport) -> String {
        let weeks = report.weeks
        let values = weeks.compactMap(\.easyStepRateSpm)
        let low = max(0, ((values.min() ?? 150) - 10) / 5).rounded(.down) * 5
        let high = (((values.max() ?? 180) + 10) / 5).rounded(.up) * 5
        var svg = header(title: "Step rate at easy pace (steps/min)")
        svg += legend([(distanceColor, "weekly median")])
        let slot = Double(plotWidth) / Double(max(weeks.count, 1))
        func yStep(_ value: Double) -> Double {
            Double(top) + Double(plotHeight) * (1 - (value - low) / max(high - low, 1))
        }
        for tick in stride(from: low, through: high, by: 5) {
            let ty = n(yStep(tick))
            svg += "<line x1=\"\(left)\" y1=\"\(ty)\" x2=\"\(width - right)\" y2=\"\(ty)\" stroke=\"#e3e3e3\"/>"
            svg +=
                "<text x=\"\(left - 6)\" y=\"\(ty)\" dy=\"4\" text-anchor=\"end\" fill=\"#555555\">\(Int(tick))</text>\n"
        }
        var points: [(Double, Double)] = []
        for (index, week) in weeks.enumerated() {
            let x = Double(left) + slot * (Double(index) + 0.5)
            svg += weekLabel(week.start, x: x)
            guard let value = week.easyStepRateSpm else { continue }
            points.append((x, yStep(value)))
            svg += "<circle cx=\"\(n(x))\" cy=\"\(n(yStep(value)))\" r=\"4\" fill=\"\(distanceColor)\">"
            svg += "<title>\(week.start): \(Int(value.rounded())) steps/min</title></circle>\n"
        }
        svg += line(points, color: distanceColor)
        if points.isEmpty {
            svg += "<text x=\"\(width / 2)\" y=\"\(top + plotHeight / 2)\" text-anchor=\"middle\" fill=\"#555555\">"
            svg += "no cadence recorded at easy pace</text>\n"
        }
        return svg + footer()
    }

    static var plotWidth: Int { width - left - right }
    static var plotHeight: Int { height - top - bottom }

    static func y(_ value: Double, maximum: Double) -> Double {
        Double(top) + Double(plotHeight) * (1 - min(value, maximum) / max(maximum, 1))
    }

    /// 5, 10, 20, 50, 100… at or above `value`.
    static func niceMaximum(_ value: Double) -> Double {
        guard value > 5, value.isFinite else { return 5 }
        let magnitude = pow(10, (log10(value)).rounded(.down))
        for factor in [1.0, 2, 2.5, 5] where factor * magnitude >= value { return factor * magnitude }
        return 10 * magnitude
    }

    static func n(_ value: Double) -> String { DisplayFormat.twoDecimals(value) }

    static func header(title: String) -> String {
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" \
            font-family="Helvetica, Arial, sans-serif" font-size="12" role="img" aria-labelledby="title">

            """
        svg += "<title id=\"title\">\(title)</title>\n"
        svg += "<rect width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>\n"
        svg += "<text x=\"\(left)\" y=\"22\" font-size=\"15\" font-weight=\"bold\">\(title)</text>\n"
        return svg
    }

    static func legend(_ items: [(color: String, name: String)]) -> String {
        var x = width - right - 110 * items.count
        var svg = ""
        for item in items {
            svg += "<rect x=\"\(x)\" y=\"12\" width=\"12\" height=\"12\" fill=\"\(item.color)\"/>"
            svg += "<text class=\"legend\" x=\"\(x + 16)\" y=\"22\">\(item.name)</text>\n"
            x += 110
        }
        return svg
    }

    static func grid(maximum: Double, side: Int) -> String {
        var svg = ""
        for tick in stride(from: 0.0, through: maximum, by: maximum / 5) {
            let ty = n(y(tick, maximum: maximum))
            svg += "<line x1=\"\(left)\" y1=\"\(ty)\" x2=\"\(width - right)\" y2=\"\(ty)\" stroke=\"#e3e3e3\"/>"
            svg +=
                "<text x=\"\(side - 6)\" y=\"\(ty)\" dy=\"4\" text-anchor=\"end\" fill=\"#555555\">\(n(tick))</text>\n"
        }
        return svg
    }

    static func weekLabel(_ start: CalendarDay, x: Double) -> String {
        "<text x=\"\(n(x))\" y=\"\(height - bottom + 16)\" text-anchor=\"middle\" font-size=\"10\" fill=\"#555555\">"
            + "\(XMLText.escape(DisplayFormat.shortDate(start)))</text>\n"
    }

    static func line(_ points: [(Double, Double)], color: String) -> String {
        guard points.count > 1 else { return "" }
        let path = points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
        return "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"/>\n"
    }

    static func footer() -> String {
        "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(width - right)\" y2=\"\(top + plotHeight)\" "
            + "stroke=\"#333333\"/>\n"
            + "<text x=\"\(left + plotWidth / 2)\" y=\"\(height - 14)\" text-anchor=\"middle\" fill=\"#555555\">"
            + "week starting</text>\n</svg>\n"
    }
}
