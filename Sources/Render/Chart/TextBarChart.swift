import Planner
public import RunModel

/// Weekly distances as text bars for a terminal, as `runramp weeks` draws them and `runramp plan` does on a
/// terminal instead of the Mermaid block: one line a week, a bar of `█` scaled to the largest week.
public enum TextBarChart {
    /// The width of a full bar, in characters.
    public static let width = 24

    /// A bar of `value` against `scale` (the largest value), padded to `width` characters.
    public static func bar(_ value: Double, scale: Double) -> String {
        let cells =
            scale > 0 && value.isFinite
            ? min(width, max(0, Int(saturating: (Double(width) * value / scale).rounded()))) : 0
        return String(repeating: "█", count: cells) + String(repeating: " ", count: width - cells)
    }

    /// The plan's chart: history weeks, the current week so far, then the planned weeks (marked), one line each.
    static func lines(_ series: MileageSeries) -> String {
        let scale = series.bars.map(\.value).max() ?? 0
        let distances = series.bars.map { series.label($0.value) }
        let numberWidth = distances.map(\.count).max() ?? 0
        var out = ""
        for (index, bar) in series.bars.enumerated() {
            let kind: String
            switch bar.kind {
            case .history: kind = ""
            case .currentWeek: kind = "  this week so far"
            case .planned: kind = "  planned"
            case .cutback: kind = "  planned, lighter week"
            }
            let today = series.todayPosition?.bar == index ? " (today)" : ""
            let padding = String(repeating: " ", count: numberWidth - distances[index].count)
            out += "\(bar.start)  \(self.bar(bar.value, scale: scale))  \(padding)\(distances[index]) "
            out += "\(series.units.symbol)\(kind)\(today)\n"
        }
        return out
    }
}
