/// Which weekdays get runs and which get back care (docs/planning-rules.md, "Run days" and "Back care").
enum DayLayout {
    /// Days between two weekdays going the short way round the week (0…3).
    static func circularDistance(_ a: Weekday, _ b: Weekday) -> Int {
        let d = abs(a.number - b.number)
        return min(d, 7 - d)
    }

    /// The preferred long-run day if available, else the nearest available day before it (circularly).
    static func longRunDay(available: Set<Weekday>, preferred: Weekday) -> Weekday {
        for back in 0..<7 {
            let day = Weekday(number: preferred.number - back)
            if available.contains(day) { return day }
        }
        return preferred
    }

    /// The day after `day` (Sunday → Monday).
    static func dayAfter(_ day: Weekday) -> Weekday { Weekday(number: day.number + 1) }
    /// The day before `day` (Monday → Sunday).
    static func dayBefore(_ day: Weekday) -> Weekday { Weekday(number: day.number - 1) }

    /// Weekdays a run may go on when the long run is on `longDay`: available, never the day after it.
    static func runnableDays(available: Set<Weekday>, longDay: Weekday) -> [Weekday] {
        let after = dayAfter(longDay)
        return Weekday.allCases.filter { available.contains($0) && ($0 == longDay || $0 != after) }
    }

    /// Up to `count` run days (at most six), `first` first, then greedily the candidate farthest (circularly) from
    /// those chosen, ties to the earlier weekday. `minimumGap` 2 forbids consecutive days (beginner sessions).
    static func spread(count: Int, first: Weekday, candidates: [Weekday], minimumGap: Int = 1) -> [Weekday] {
        guard count > 0, candidates.contains(first) else { return [] }
        var chosen = [first]
        while chosen.count < min(count, 6) {
            var best: (day: Weekday, distance: Int)?
            for day in candidates where !chosen.contains(day) {
                let distance = chosen.map { circularDistance($0, day) }.min() ?? 7
                guard distance >= minimumGap else { continue }
                if best == nil || distance > (best?.distance ?? 0) { best = (day, distance) }
            }
            guard let best else { break }
            chosen.append(best.day)
        }
        return chosen
    }

    /// Beginner days: up to `count` candidates of which no two are consecutive, also across the end of the week
    /// (Sunday–Monday). The greedy spread from `preferred` when it finds as many days as exist; otherwise the
    /// largest such set found by trying every subset (preferring one that holds `preferred`, then the earliest
    /// days), so three non-consecutive days are always used when they exist.
    static func nonConsecutive(count: Int, candidates: [Weekday], preferred: Weekday) -> [Weekday] {
        var best: [Weekday] = []
        for mask in 1..<(1 << 7) {
            let days = Weekday.allCases.filter { mask & (1 << ($0.number - 1)) != 0 }
            guard days.count <= count, days.allSatisfy(candidates.contains) else { continue }
            let spaced = days.enumerated().allSatisfy { i, a in
                days.dropFirst(i + 1).allSatisfy { circularDistance(a, $0) >= 2 }
            }
            guard spaced else { continue }
            if isBetter(days, than: best, preferred: preferred) { best = days }
        }
        let greedy = spread(count: count, first: preferred, candidates: candidates, minimumGap: 2)
        return greedy.count >= best.count ? greedy : best
    }

    /// More days first, then a set holding `preferred`, then the earlier weekdays.
    static func isBetter(_ a: [Weekday], than b: [Weekday], preferred: Weekday) -> Bool {
        if a.count != b.count { return a.count > b.count }
        if a.contains(preferred) != b.contains(preferred) { return a.contains(preferred) }
        return a.map(\.number).lexicographicallyPrecedes(b.map(\.number))
    }

    /// Up to `count` back-care days among `days`: rest days first (never the day before the long run), spread so that
    /// no two are adjacent when possible, earliest first; when rest days run out, the easy-run days with the
    /// shortest runs (the session goes after the run), never the long-run day.
    static func backCareDays(
        count: Int, days: [Weekday], runTenths: [Weekday: Int], longDay: Weekday?
    ) -> [Weekday] {
        let before = longDay.map(dayBefore)
        let rest = days.filter { runTenths[$0] == nil && $0 != before }
        let easy = days.filter { runTenths[$0] != nil && $0 != longDay && $0 != before }
            .sorted { (runTenths[$0] ?? 0, $0.number) < (runTenths[$1] ?? 0, $1.number) }
        var chosen: [Weekday] = []
        func isAdjacent(_ day: Weekday) -> Bool { chosen.contains { abs($0.number - day.number) == 1 } }
        for day in rest where chosen.count < count && !isAdjacent(day) { chosen.append(day) }
        for day in rest where chosen.count < count && !chosen.contains(day) { chosen.append(day) }
        for day in easy where chosen.count < count { chosen.append(day) }
        return chosen.sorted()
    }
}
