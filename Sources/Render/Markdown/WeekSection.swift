import Planner
import RunModel

/// One plan week: heading, a table of the seven days, and the total against the week before.
enum WeekSection {
    static func section(_ week: PlanWeek, plan: Plan, previousMeters: Double) -> String {
        let units = plan.units
        var out = "## Week \(week.index): \(DisplayFormat.range(week.start, week.end))\(week.isCutback ? " (lighter week)" : "")\n\n"
        out += "| Day | Session | Distance | Time |\n|---|---|---:|---:|\n"
        for day in week.days {
            let label = DisplayFormat.dayLabel(day.date)
            if day.sessions.isEmpty {
                out += "| \(label) | Rest | – | – |\n"
                continue
            }
            let names = day.sessions.map { session in
                MarkdownEscaping.inline(
                    session.kind == .easyRun || session.kind == .longRun ? DisplayFormat.kindName(session.kind) : session.title)
            }.joined(separator: " + ")
            let distance = day.sessions.compactMap(\.distanceMeters).reduce(0, +)
            let seconds = day.sessions.reduce(0) { $0 + $1.durationSeconds }
            let runLabel = day.sessions.contains { $0.kind.isRun } ? "**\(names)**" : names
            out += "| \(label) | \(runLabel) | \(distance > 0 ? units.format(distance) : "–") | \(DisplayFormat.duration(seconds: seconds)) |\n"
        }
        out += "\n"
        let runCount = week.days.flatMap(\.sessions).filter(\.kind.isRun).count
        if plan.mode == .build || plan.mode == .return || plan.mode == .hold {
            out += "**Total \(units.format(week.plannedMeters))** (target \(units.format(week.targetMeters)))"
            let change = previousMeters > 0 ? " (\(DisplayFormat.percent(week.plannedMeters / previousMeters - 1)))" : ""
            out += " against \(units.format(previousMeters)) the week before\(change). "
            out += "Longest run \(units.format(week.longestRunMeters)); longest of the 30 days before it "
            out += "\(units.format(week.longestRecentRunMeters)).\n"
            if week.isLimitedByRunCap {
                out += "\nThis week stays below its target: no run may be more than 10 % longer than your longest run "
                out += "of the previous 30 days.\n"
            } else if runCount == 1, units.floorTenths(week.plannedMeters) < units.floorTenths(week.targetMeters) {
                out += "\nThis week stays below its target: a single run is at most half of the week, and easy runs "
                out += "under \(units == .miles ? "1.2 mi" : "2 km") are left out.\n"
            }
        } else if plan.mode == .beginner {
            let sessions = week.days.flatMap(\.sessions).filter { $0.kind == .runWalk }
            if let first = sessions.first, first.steps.count > RunSteps.mainStepIndex {
                out += "Run/walk: \(MarkdownEscaping.inline(first.steps[RunSteps.mainStepIndex])), "
                out += "after the warm-up and before the cool-down.\n"
            }
        } else {
            out += "No running this week.\n"
        }
        return out + "\n"
    }
}
