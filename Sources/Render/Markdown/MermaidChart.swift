import RunModel
import Planner

/// The weekly-distance chart as a Mermaid `xychart-beta` block, which GitHub renders inline.
enum MermaidChart {
    /// A fenced block: one bar series for history weeks, one for planned weeks (zeros elsewhere), so the two
    /// get different colours.
    static func block(_ series: MileageSeries) -> String {
        let labels = series.bars.map { "\"\(DisplayFormat.shortDate($0.start))\"" }.joined(separator: ", ")
        let history = series.bars.map { $0.kind == .history ? series.label($0.value) : "0" }.joined(separator: ", ")
        let planned = series.bars.map { $0.kind == .history ? "0" : series.label($0.value) }.joined(separator: ", ")
        return """
            ```mermaid
            xychart-beta
                title "Weekly distance (\(series.units.rawValue)): history, then plan"
                x-axis [\(labels)]
                y-axis "\(series.units.rawValue)" 0 --> \(series.axisMaximum)
                bar [\(history)]
                bar [\(planned)]
            ```

            """
    }
}
