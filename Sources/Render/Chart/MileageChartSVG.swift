public import Planner
import RunModel

/// The weekly-distance chart as a standalone SVG: history weeks in blue-grey, the current week so far in pale
/// blue-grey, planned weeks in orange (lighter weeks pale orange), today as a dashed red line; the legend names
/// only what is drawn.
public struct MileageChartSVG: Sendable {
    public static let historyColor = "#7b8fa6"
    public static let plannedColor = "#e8743b"
    public static let cutbackColor = "#f4b183"
    /// The current week so far, when the plan starts after it.
    public static let currentWeekColor = "#b9c6d6"
    /// The dashed line that marks today.
    public static let todayColor = "#c0392b"

    public init() {}

    /// The chart of `plan`'s recent history and planned weeks.
    public func render(_ plan: Plan) -> String {
        let series = MileageSeries(plan: plan)
        let width = 760
        let height = 320
        let left = 56
        let right = 16
        let top = 40
        let bottom = 56
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let maximum = series.axisMaximum
        let count = max(series.bars.count, 1)
        let slot = Double(plotWidth) / Double(count)
        let barWidth = slot * 0.7
        func y(_ value: Double) -> Double {
            Double(top) + Double(plotHeight) * (1 - min(value, Double(maximum)) / Double(maximum))
        }
        func number(_ value: Double) -> String { DisplayFormat.twoDecimals(value) }

        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" \
            font-family="Helvetica, Arial, sans-serif" font-size="12" role="img" aria-labelledby="title">

            """
        svg += "<title id=\"title\">Weekly distance (\(series.units.rawValue)): history and plan</title>\n"
        svg += "<rect width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>\n"
        svg +=
            "<text x=\"\(left)\" y=\"22\" font-size=\"15\" font-weight=\"bold\">Weekly distance (\(series.units.rawValue))</text>\n"
        // Legend: only the kinds of bar the chart holds, and the today marker when it is drawn.
        var legendX = width - right - 100 * series.kindsShown.count - (series.todayPosition == nil ? 0 : 70)
        for kind in series.kindsShown {
            svg += "<rect x=\"\(legendX)\" y=\"12\" width=\"12\" height=\"12\" fill=\"\(Self.color(kind))\"/>"
            svg += "<text class=\"legend\" x=\"\(legendX + 16)\" y=\"22\">\(Self.legendName(kind))</text>\n"
            legendX += 100
        }
        if series.todayPosition != nil {
            svg +=
                "<line x1=\"\(legendX + 6)\" y1=\"10\" x2=\"\(legendX + 6)\" y2=\"26\" stroke=\"\(Self.todayColor)\" "
            svg +=
                "stroke-width=\"2\" stroke-dasharray=\"3 2\"/><text class=\"legend\" x=\"\(legendX + 14)\" y=\"22\">today</text>\n"
        }
        // Grid and value axis.
        let step = maximum > 50 ? 10 : 5
        for tick in stride(from: 0, through: maximum, by: step) {
            let ty = number(y(Double(tick)))
            svg += "<line x1=\"\(left)\" y1=\"\(ty)\" x2=\"\(width - right)\" y2=\"\(ty)\" stroke=\"#e3e3e3\"/>"
            svg += "<text x=\"\(left - 6)\" y=\"\(ty)\" dy=\"4\" text-anchor=\"end\" fill=\"#555555\">\(tick)</text>\n"
        }
        // Bars with their values and week labels.
        for (i, bar) in series.bars.enumerated() {
            let x = Double(left) + slot * Double(i) + (slot - barWidth) / 2
            let barTop = y(bar.value)
            let baseline = Double(top + plotHeight)
            let color = Self.color(bar.kind)
            let center = number(x + barWidth / 2)
            svg += "<rect x=\"\(number(x))\" y=\"\(number(barTop))\" width=\"\(number(barWidth))\" "
            svg += "height=\"\(number(baseline - barTop))\" fill=\"\(color)\">"
            svg +=
                "<title>\(XMLText.escape(DisplayFormat.shortDate(bar.start))): \(series.label(bar.value)) \(series.units.rawValue)</title></rect>\n"
            svg +=
                "<text x=\"\(center)\" y=\"\(number(barTop - 4))\" text-anchor=\"middle\" font-size=\"10\">\(series.label(bar.value))</text>"
            svg +=
                "<text x=\"\(center)\" y=\"\(height - bottom + 16)\" text-anchor=\"middle\" font-size=\"10\" fill=\"#555555\">"
            svg += "\(XMLText.escape(DisplayFormat.shortDate(bar.start)))</text>\n"
        }
        // Today: a dashed line through its day of the week's slot (Monday at the left edge).
        if let (index, weekday) = series.todayPosition {
            let tx = number(Double(left) + slot * (Double(index) + (Double(weekday) + 0.5) / 7))
            svg +=
                "<line x1=\"\(tx)\" y1=\"\(top)\" x2=\"\(tx)\" y2=\"\(top + plotHeight)\" stroke=\"\(Self.todayColor)\" "
            svg +=
                "stroke-width=\"2\" stroke-dasharray=\"3 2\"><title>today, \(XMLText.escape(DisplayFormat.longDate(series.today)))</title></line>"
            svg +=
                "<text x=\"\(tx)\" y=\"\(top - 4)\" text-anchor=\"middle\" font-size=\"10\" fill=\"\(Self.todayColor)\">today</text>\n"
        }
        svg +=
            "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(width - right)\" y2=\"\(top + plotHeight)\" stroke=\"#333333\"/>\n"
        svg +=
            "<text x=\"\(left + plotWidth / 2)\" y=\"\(height - 14)\" text-anchor=\"middle\" fill=\"#555555\">week starting</text>\n"
        svg += "</svg>\n"
        return svg
    }

    static func color(_ kind: MileageSeries.Bar.Kind) -> String {
        switch kind {
        case .history: historyColor
        case .currentWeek: currentWeekColor
        case .planned: plannedColor
        case .cutback: cutbackColor
        }
    }

    static func legendName(_ kind: MileageSeries.Bar.Kind) -> String {
        switch kind {
        case .history: "history"
        case .currentWeek: "this week"
        case .planned: "plan"
        case .cutback: "lighter week"
        }
    }
}
