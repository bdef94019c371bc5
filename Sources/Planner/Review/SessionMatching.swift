import RunModel

/// Pairs planned runs with the runs done: first a run on the planned day, then one a day before
/// or after that no planned run of its own day claims; a run left over is an extra.
enum SessionMatching {
    /// A planned run and the index of the run that fulfilled it (nil: missed).
    struct Match {
        var planned: PlanRecord.PlannedSession
        var runIndex: Int?
    }

    static func match(planned: [PlanRecord.PlannedSession], days: [CalendarDay]) -> (matches: [Match], extras: [Int]) {
        let runs = planned.filter(\.kind.isRun).sorted { $0.day < $1.day }
        var claimed = Set<Int>()
        var matches = runs.map { Match(planned: $0, runIndex: nil) }
        for offset in [0, -1, 1] {
            for m in matches.indices where matches[m].runIndex == nil {
                let day = matches[m].planned.day.adding(days: offset)
                if offset != 0, runs.contains(where: { $0.day == day }) { continue }
                if let index = days.indices.first(where: { days[$0] == day && !claimed.contains($0) }) {
                    matches[m].runIndex = index
                    claimed.insert(index)
                }
            }
        }
        return (matches, days.indices.filter { !claimed.contains($0) })
    }

    /// As `match(planned:days:)` over history entries: each planned run with its entry (nil: missed).
    static func match(planned: [PlanRecord.PlannedSession], runs: [RunHistory.Entry])
        -> [(planned: PlanRecord.PlannedSession, run: RunHistory.Entry?)]
    {
        match(planned: planned, days: runs.map(\.day)).matches.map { ($0.planned, $0.runIndex.map { runs[$0] }) }
    }
}
