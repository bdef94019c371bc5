import Planner
import RunModel

/// The weekly distances a chart shows: recent history weeks, the current week so far, then the
/// planned weeks; and which bar holds today.
struct MileageSeries: Sendable {
    /// One bar of the chart.
    struct Bar: Sendable, Hashable {
        enum Kind: Sendable, Hashable, CaseIterable {
            case history
            /// The week of today, Monday up to today, when the plan starts after it.
            case currentWeek
            case planned, cutback
        }
        var start: CalendarDay
        var value: Double  // display units
        var kind: Kind
    }

    var bars: [Bar]
    var units: DistanceUnit
    /// The day the plan was made on, marked on the chart.
    var today: CalendarDay

    init(plan: Plan) {
        units = plan.units
        today = plan.today
        let history = plan.history.recentWeeks.map {
            Bar(start: $0.start, value: $0.meters / plan.units.metersPerUnit, kind: .history)
        }
        let planned = plan.weeks.map {
            // This week's bar holds what was already run too, so it reads as a whole week.
            Bar(
                start: $0.start, value: ($0.plannedMeters + $0.alreadyRunMeters) / plan.units.metersPerUnit,
                kind: $0.isCutback ? .cutback : .planned)
        }
        // The current week is shown once: as the plan's first week when the plan starts on its
        // Monday, else as the distance run so far (history weeks end with the last complete one).
        var current: [Bar] = []
        if let week = plan.history.currentWeek, !planned.contains(where: { $0.start == week.start }),
            !history.contains(where: { $0.start == week.start })
        {
            current = [Bar(start: week.start, value: week.meters / plan.units.metersPerUnit, kind: .currentWeek)]
        }
        bars = history + current + planned
    }

    /// The kinds of bar the chart shows, in legend order: a legend names only what is drawn, so
    /// a kind whose bars are all zero (an empty history, nothing run yet this week) is left out.
    var kindsShown: [Bar.Kind] {
        Bar.Kind.allCases.filter { kind in bars.contains { $0.kind == kind && $0.value > 0 } }
    }

    /// Index of the bar whose week holds today, and today's place in it (0 = Monday … 6 = Sunday).
    var todayPosition: (bar: Int, weekday: Int)? {
        guard let index = bars.firstIndex(where: { $0.start <= today && today < $0.start.adding(days: 7) }) else {
            return nil
        }
        return (index, bars[index].start.days(to: today))
    }

    /// A round top for the value axis: the next multiple of 5 (10 above 50) over the largest bar, at least 5.
    var axisMaximum: Int {
        let largest = bars.map(\.value).max() ?? 0
        let step = largest > 50 ? 10 : 5
        return max(step, (Int(saturating: largest.rounded(.down)) / step + 1) * step)
    }

    /// The value floored to a tenth, as text ("26.2").
    func label(_ value: Double) -> String { units.formatNumber(value * units.metersPerUnit) }

    /// The week's label under its bar: "30 Nov", and "23 Nov (today: Wed)" for the week holding today.
    func weekLabel(_ index: Int) -> String {
        let text = DisplayFormat.shortDate(bars[index].start)
        return todayPosition?.bar == index ? "\(text) (today: \(Weekday(of: today).shortName))" : text
    }
}
