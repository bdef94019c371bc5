import Planner
import RunModel

/// The weekly-distance chart as a Mermaid `xychart-beta` block, which GitHub renders inline.
enum MermaidChart {
    /// A fenced block: one bar series for history weeks (the current week so far included), one for planned
    /// weeks (zeros elsewhere), so the two get different colours; the week holding today is labelled so.
    static func block(_ series: MileageSeries) -> String {
        let labels = series.bars.indices.map { "\"\(series.weekLabel($0))\"" }.joined(separator: ", ")
        let isPlanned = series.bars.map { $0.kind == .planned || $0.kind == .cutback }
        let history = zip(series.bars, isPlanned).map { $1 ? "0" : series.label($0.value) }.joined(separator: ", ")
        let planned = zip(series.bars, isPlanned).map { $1 ? series.label($0.value) : "0" }.joined(separator: ", ")
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
