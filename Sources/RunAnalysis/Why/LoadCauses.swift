import RunModel

/// Load jumps: weekly distance and TRIMP against the 10 % rule, single runs against the 30-day cap,
/// and days without rest.
enum LoadCauses {
    static let weeklyRise = 0.10
    static let singleRunRise = 0.10
    static let longestStreak = 5

    static func weekly(_ context: WhyAnalysis.Context) -> Cause {
        // Complete weeks only: the current one is still growing.
        let complete = context.weeks.filter { $0.start.adding(days: 6) < context.today }
        var distanceJumps: [(WeekLoad, Double)] = []
        var loadJumps = 0
        for (previous, week) in zip(complete, complete.dropFirst()) {
            if previous.distanceMeters > 0, week.distanceMeters / previous.distanceMeters - 1 > weeklyRise {
                distanceJumps.append((week, week.distanceMeters / previous.distanceMeters - 1))
            }
            if let before = previous.load, let now = week.load, before > 0, now / before - 1 > weeklyRise {
                loadJumps += 1
            }
        }
        let usesEffort = complete.contains(where: \.loadIncludesEffort)
        let loadName =
            usesEffort ? "Load (TRIMP, or your effort × minutes without heart rate)" : "TRIMP (heart-rate load)"
        let trimpText =
            complete.contains { $0.load != nil }
            ? " \(loadName) rose more than 10 % in \(loadJumps)."
            : " No load to compare: no heart rate with a resting heart rate, and no effort given (`checkin --rpe`)."
        let biggest = distanceJumps.max { $0.1 < $1.1 }
        let finding =
            biggest.map {
                "Weekly distance rose more than 10 % in \(distanceJumps.count) of \(max(0, complete.count - 1)) week-to-week "
                    + "changes (largest \(WhyAnalysis.percent($0.1)), week of \($0.0.start))."
            } ?? "Weekly distance never rose more than 10 % in the last \(complete.count) complete weeks."
        return Cause(
            id: "weekly-load", title: "Weekly load jumps", verdict: distanceJumps.isEmpty ? .clear : .flagged,
            finding: finding + trimpText,
            evidence: "The 10 % rule is convention, not proof; rises of 30 % or more over two weeks went with more "
                + "injuries in a cohort of novice runners.",
            action: distanceJumps.isEmpty ? "" : "Keep each week within 10 % of the last; after a jump, hold a week.",
            plan: "The plan grows at most 10 % a week and never grows because of these figures.")
    }

    static func singleRuns(_ context: WhyAnalysis.Context) -> Cause {
        var over: [(AnalyzedRun, Double)] = []
        for run in context.window {
            let before = context.all.filter { $0.day < run.day && $0.day >= run.day.adding(days: -30) }
            guard let longest = before.map(\.distanceMeters).max(), longest > 0 else { continue }
            if run.distanceMeters / longest - 1 > singleRunRise { over.append((run, run.distanceMeters / longest - 1)) }
        }
        let biggest = over.max { $0.1 < $1.1 }
        return Cause(
            id: "single-run-spikes", title: "Runs longer than the 30-day cap",
            verdict: over.isEmpty ? .clear : .flagged,
            finding: biggest.map {
                "\(over.count) run(s) were more than 10 % longer than the longest of the 30 days before "
                    + "(largest \(WhyAnalysis.percent($0.1)): \(WhyAnalysis.kilometres($0.0.distanceMeters)) on \($0.0.day))."
            } ?? "No run was more than 10 % longer than your longest of the 30 days before it.",
            evidence: "In a study of 5 200 runners (2025), a run over 10 % longer than the longest of the previous 30 "
                + "days went with 1.5–2.3 times the overuse-injury rate.",
            action: over.isEmpty ? "" : "Keep each run within 10 % of your longest of the last 30 days.",
            plan: "The plan caps every run at 1.10 × your longest of the 30 days before it.")
    }

    static func restDays(_ context: WhyAnalysis.Context) -> Cause {
        let days = Set(context.window.map(\.day)).sorted()
        var longest = days.isEmpty ? 0 : 1
        var current = longest
        for (previous, day) in zip(days, days.dropFirst()) {
            current = previous.days(to: day) == 1 ? current + 1 : 1
            longest = max(longest, current)
        }
        return Cause(
            id: "rest-days", title: "Days without rest", verdict: longest >= longestStreak ? .flagged : .clear,
            finding: days.isEmpty
                ? "No runs in these weeks." : "Your longest stretch of running days in a row: \(longest).",
            evidence: "Rest days let tissue adapt to load: expert advice, not tested in trials.",
            action: longest >= longestStreak
                ? "Keep at least one full rest day a week, two while your back hurts." : "",
            plan: "The plan keeps at least one full rest day a week and puts back care on rest days.")
    }
}
