import Planner
import RunModel

/// One plan week: heading, a table of its days, and the total against the week before.
enum WeekSection {
    /// What a week's total is set against: the week before, and after a lighter week the last full week before it.
    struct Comparison {
        var weekBeforeMeters: Double
        /// Set when the week before was a lighter week: the week after one is measured against the last full week.
        var lastFullMeters: Double?
    }

    static func section(_ week: PlanWeek, plan: Plan, previous: Comparison) -> String {
        let units = plan.units
        let first = week.days.first?.date ?? week.start
        let name = week.index == 0 ? "This week" : "Week \(week.index)"
        var out = "## \(name): \(DisplayFormat.range(first, week.end))\(week.isCutback ? " (lighter week)" : "")\n\n"
        out += "| Day | Session | Distance | Time |\n|---|---|---:|---:|\n"
        for day in week.days {
            let label = DisplayFormat.dayLabel(day.date)
            if day.sessions.isEmpty {
                out += "| \(label) | Rest | – | – |\n"
                continue
            }
            let names = day.sessions.map { session in
                MarkdownEscaping.inline(
                    session.kind == .easyRun || session.kind == .longRun
                        ? DisplayFormat.kindName(session.kind) : SessionText.title(session, units: units))
            }.joined(separator: " + ")
            let distance = day.sessions.compactMap(\.distanceMeters).reduce(0, +)
            let seconds = day.sessions.reduce(0) { $0 + $1.durationSeconds }
            let runLabel = day.sessions.contains { $0.kind.isRun } ? "**\(names)**" : names
            out +=
                "| \(label) | \(runLabel) | \(distance > 0 ? units.format(distance) : "–") | \(DisplayFormat.duration(seconds: seconds)) |\n"
        }
        out += "\n"
        switch plan.mode {
        case .build, .return, .hold: out += totals(week, units: units, previous: previous)
        case .beginner: out += runWalkSets(week)
        case .paused, .urgent:
            out += "No running this week: an easy walk each day and back care, only when pain-free.\n"
        }
        return out + "\n"
    }

    static func totals(_ week: PlanWeek, units: DistanceUnit, previous: Comparison) -> String {
        var out = ""
        if week.index == 0 {
            out += "Already run this week: \(units.format(week.alreadyRunMeters)). Planned for the rest of the week: "
            out += "**\(units.format(week.plannedMeters))**, so the week stays at about your usual "
            out += "\(units.format(week.targetMeters)) (no growth before week 1).\n"
            return out
        }
        out += "**Total \(units.format(week.plannedMeters))** (target \(units.format(week.targetMeters)))"
        func change(_ meters: Double) -> String {
            meters > 0 ? " (\(DisplayFormat.percent(week.plannedMeters / meters - 1)))" : ""
        }
        if let full = previous.lastFullMeters {
            out += " after the lighter week of \(units.format(previous.weekBeforeMeters)): back to about the last full "
            out += "week, \(units.format(full))\(change(full)). "
        } else {
            out +=
                " against \(units.format(previous.weekBeforeMeters)) the week before\(change(previous.weekBeforeMeters)). "
        }
        out += "Longest run \(units.format(week.longestRunMeters)); longest of the 30 days before it "
        out += "\(units.format(week.longestRecentRunMeters)).\n"
        if week.isLimitedByRunCap {
            out += "\nThis week stays below its target: no run may be more than 10 % longer than your longest run "
            out += "of the previous 30 days.\n"
        }
        if week.isLimitedByRunDays {
            out += "\nThis week stays below its target: with so few run days the week is at most 1.5 × the long run. "
            out += "More days would allow more volume.\n"
        }
        if week.isLimitedByWeeklyGrowth {
            out += "\nThis week stays below its target: a week may plan only 10 % more than the week before planned "
            out += "(50 % more for a return plan's step from half to three quarters of your usual week).\n"
        }
        if week.isLimitedByDistribution {
            out += "\nThis week stays below its target: no run is shorter than \(units == .miles ? "1.3 mi" : "2 km"), "
            out += "the long run is at most its share of the week, a run the day before it at most half of it, and "
            out += "runs keep rest days between them, so what is left over is not planned.\n"
        }
        return out
    }

    /// The week's Couch-to-5K sessions written out, each different one once.
    static func runWalkSets(_ week: PlanWeek) -> String {
        var sets: [RunWalkSet] = []
        for session in week.days.flatMap(\.sessions) {
            if case .runWalk(let set) = session.main, !sets.contains(set) { sets.append(set) }
        }
        guard !sets.isEmpty else { return "No run/walk session fits the days left this week.\n" }
        var out = ""
        for set in sets {
            let label = set.run.map { "Run/walk \($0)" } ?? "Run/walk"
            out +=
                "\(label): \(MarkdownEscaping.inline(SessionText.runWalk(set))), after the warm-up and before the cool-down.\n"
            if sets.count > 1 { out += "\n" }
        }
        return sets.count > 1 ? String(out.dropLast()) : out
    }
}
