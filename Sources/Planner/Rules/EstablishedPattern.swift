import RunModel

/// A week the runner has kept for the last four whole weeks without pain (docs/planning-rules.md,
/// "Established patterns"): runs on the same weekdays every week. A build week that would cut it keeps it
/// instead: each day at least its smallest run of those weeks, the growth shared out in the runner's own split. This
/// overrides only the distribution's "day before the long run at most half of it"; the growth rule, the single-run
/// cap, the shortest run, the long run's share (its long run trimmed to it first) and lighter weeks still hold it.
struct EstablishedPattern: Sendable, Hashable {
    /// Each pattern day's smallest run of the four weeks (the longest run of that day), in tenths.
    let floors: [Weekday: Int]
    /// Each pattern day's part of the four weeks' distance (summing to 1).
    let split: [Weekday: Double]

    /// The safer rule that kept a build week from the pattern (docs/planning-rules.md, "When two rules disagree").
    enum Cut: Error, Sendable, Hashable {
        /// The growth rule or the goal: the week may not plan the pattern's smallest runs.
        case growth
        /// A pattern day is taken by a run already done, or would make more days in a row than the runner's own.
        case days
        /// A pattern run would be shorter than its warm-up plus cool-down.
        case shortRun
        /// The single-run cap would take a pattern run away.
        case runCap
        /// The long run would be more than its share of the week.
        case longRunShare

        /// Why, in words a runner reads.
        var reason: String {
            switch self {
            case .growth:
                "the week may not plan your usual runs yet (at most 10 % more than the week before, or your goal)"
            case .days: "one of its days is taken by a run you have done or would make more days in a row than you run"
            case .shortRun: "one of its runs is shorter than its warm-up and cool-down"
            case .runCap: "a run would be more than 10 % longer than your longest run of the last 30 days"
            case .longRunShare: "its longest run would be more than the long run's share of the week"
            }
        }
    }

    /// The pattern's days, Monday first.
    var days: [Weekday] { floors.keys.sorted() }

    /// The pattern of the four whole weeks before `today`'s week: nil unless every one of those weeks ran on the same
    /// two or more weekdays, all of them still `runnable` but the day after the `longDay` (which stays a rest day, the
    /// safer rule: the pattern is kept on its other days), and no check-in of the last 28 days reported pain or a
    /// symptom.
    static func of(
        history: RunHistory, today: CalendarDay, checkIns: [CheckIn], runnable: [Weekday], longDay: Weekday,
        units: DistanceUnit
    ) -> EstablishedPattern? {
        let monday = today.monday
        guard !checkIns.contains(where: { $0.day >= monday.adding(days: -28) && $0.day <= today && !$0.isPainFree })
        else { return nil }
        let weeks = (1...4).map { back -> [Weekday: Double] in
            let start = monday.adding(days: -7 * back)
            var byDay: [Weekday: Double] = [:]
            for entry in history.entries(from: start, to: start.adding(days: 7)) {
                byDay[Weekday(of: entry.day), default: 0] = max(byDay[Weekday(of: entry.day)] ?? 0, entry.meters)
            }
            return byDay
        }
        let days = Set(weeks[0].keys)
        guard days.count >= 2, weeks.allSatisfy({ Set($0.keys) == days }) else { return nil }
        // A pattern some of whose days the runner no longer runs on is not theirs to keep.
        let kept = days.subtracting([DayLayout.dayAfter(longDay)])
        guard !kept.isEmpty, kept.allSatisfy(runnable.contains) else { return nil }
        var floors: [Weekday: Int] = [:]
        var totals: [Weekday: Double] = [:]
        for day in kept {
            let runs = weeks.compactMap { $0[day] }
            floors[day] = units.floorTenths(runs.min() ?? 0)
            totals[day] = runs.reduce(0, +)
        }
        let sum = totals.values.reduce(0, +)
        guard sum > 0 else { return nil }
        return EstablishedPattern(floors: floors, split: totals.mapValues { $0 / sum })
    }

    /// True when `runs` leave a pattern day among `days` under its floor (the pattern would be cut).
    func isCut(by runs: [Weekday: Int], on days: Set<Weekday>) -> Bool {
        floors.contains { days.contains($0.key) && (runs[$0.key] ?? 0) < $0.value }
    }

    /// The runs of a week that may plan `budget` tenths: each day its floor plus its split of what the budget leaves
    /// over the floors; nil when the budget does not reach the floors (the week is planned as any other).
    func runs(budget: Int) -> [Weekday: Int]? {
        let floorSum = floors.values.reduce(0, +)
        guard budget >= floorSum else { return nil }
        let extra = budget - floorSum
        var runs: [Weekday: Int] = [:]
        for (day, floor) in floors {
            runs[day] = floor + WeeklyTargets.scaled(extra, split[day] ?? 0)
        }
        return runs
    }
}
