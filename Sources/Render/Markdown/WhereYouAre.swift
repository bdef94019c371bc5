import Planner
import RunModel

/// The "where you are" section: the last four weeks, the longest recent run, days off, pace, load ratios.
enum WhereYouAre {
    /// `why`: the two-line summary of `runramp why` (empty: not shown).
    static func section(_ plan: Plan, why: [String] = []) -> String {
        let h = plan.history
        let units = plan.units
        var out = "## Where you are\n\n"
        out += "| Week | Distance | Change | Runs | Longest run | Longest vs the 30 days before |\n"
        out += "|---|---:|---:|---:|---:|---:|\n"
        let weeks = Array(h.recentWeeks.suffix(4))
        for (i, week) in weeks.enumerated() {
            let before = i > 0 ? weeks[i - 1].meters : h.recentWeeks.dropLast(4).last?.meters ?? 0
            let change = before > 0 ? DisplayFormat.percent(week.meters / before - 1) : "–"
            let spike = week.longestRunChange.map(DisplayFormat.percent) ?? "–"
            out +=
                "| \(DisplayFormat.range(week.start, week.start.adding(days: 6))) | \(units.format(week.meters)) | \(change) "
            out += "| \(week.runs) | \(week.runs > 0 ? units.format(week.longestRunMeters) : "–") | \(spike) |\n"
        }
        out += "\n"
        if weeks.contains(where: { ($0.longestRunChange ?? 0) > 0.10 }) {
            out += "A run more than 10 % longer than your longest of the previous 30 days raises the risk of overuse "
            out += "injury; the plan never does that.\n\n"
        }
        out += "- Average of the last 4 weeks: \(units.format(h.averageWeekMeters))\n"
        out += "- Longest run in the last 30 days: \(units.format(h.longestRecentRunMeters))\n"
        if let last = h.lastRunDate, let gap = h.daysSinceLastRun {
            out +=
                "- Last run: \(DisplayFormat.longDate(last)) (\(gap == 0 ? "today" : gap == 1 ? "1 day ago" : "\(gap) days ago"))\n"
        } else {
            out += "- No runs in the log yet\n"
        }
        if let pace = h.medianPaceSecondsPerKilometer {
            out +=
                "- Typical pace: \(DisplayFormat.pace(secondsPerKilometer: pace, units: units)) (median of the last 8 weeks)\n"
        } else {
            out +=
                "- Typical pace: unknown; times below assume \(DisplayFormat.pace(secondsPerKilometer: h.planningPaceSecondsPerKilometer, units: units))\n"
        }
        // Only with enough history to mean something (HistoryFigures.hasHistoryForLoadRatio).
        if h.hasHistoryForLoadRatio {
            let rolling = h.acuteChronicRatio.map(DisplayFormat.twoDecimals) ?? "–"
            let ewma = h.acuteChronicRatioEWMA.map(DisplayFormat.twoDecimals) ?? "–"
            out +=
                "- Acute:chronic load ratio: \(rolling) (last 7 days against the 28-day weekly mean), \(ewma) (EWMA); "
            out += "reported only, above 1.5 means a sudden jump\n"
        }
        if let change = h.weekOverWeekChange {
            out += "- Last week against the week before: \(DisplayFormat.percent(change))\n"
        }
        if h.otherActivities > 0 {
            out += "- Other activities (walks, rides, swims…) listed but not counted: \(h.otherActivities)\n"
        }
        // The causes of back pain in the runner's own data: advice only, the plan above does not use them.
        for line in why { out += "- \(line)\n" }
        return out + "\n"
    }
}
