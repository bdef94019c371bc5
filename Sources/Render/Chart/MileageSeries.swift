import Planner
import RunModel

/// The weekly distances a chart shows: recent history weeks, then the planned weeks.
struct MileageSeries: Sendable {
    /// One bar of the chart.
    struct Bar: Sendable, Hashable {
        enum Kind: Sendable, Hashable { case history, planned, cutback }
        var start: CalendarDay
        var value: Double  // display units
        var kind: Kind
    }

    var bars: [Bar]
    var units: DistanceUnit

    init(plan: Plan) {
        units = plan.units
        let history = plan.history.recentWeeks.map {
            Bar(start: $0.start, value: $0.meters / plan.units.metersPerUnit, kind: .history)
        }
        let planned = plan.weeks.map {
            // This week's bar holds what was already run too, so it reads as a whole week.
            Bar(
                start: $0.start, value: ($0.plannedMeters + $0.alreadyRunMeters) / plan.units.metersPerUnit,
                kind: $0.isCutback ? .cutback : .planned)
        }
        bars = history + planned
    }

    /// A round top for the value axis: the next multiple of 5 (10 above 50) over the largest bar, at least 5.
    var axisMaximum: Int {
        let largest = bars.map(\.value).max() ?? 0
        let step = largest > 50 ? 10 : 5
        return max(step, (Int(saturating: largest.rounded(.down)) / step + 1) * step)
    }

    /// The value floored to a tenth, as text ("26.2").
    func label(_ value: Double) -> String { units.formatNumber(value * units.metersPerUnit) }
}
