/// R8 (and the beginner's "never on consecutive days"): which weekdays get runs and which get back care.
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

    /// Weekdays a run may go on when the long run is on `longDay`: available, never the day after it, at most six.
    static func runnableDays(available: Set<Weekday>, longDay: Weekday) -> [Weekday] {
        let after = dayAfter(longDay)
        return Weekday.allCases.filter { available.contains($0) && ($0 == longDay || $0 != after) }
    }

    /// Up to `count` run days, the long-run day first, then greedily the runnable day farthest (circularly) from
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

    /// `count` back-care days: rest days first (never the day before the long run), spread so that no two are
    /// adjacent when possible, earliest first; easy-run days only when rest days run out.
    static func backCareDays(count: Int, runDays: Set<Weekday>, longDay: Weekday?) -> [Weekday] {
        let before = longDay.map(dayBefore)
        let rest = Weekday.allCases.filter { !runDays.contains($0) && $0 != before }
        let easy = Weekday.allCases.filter { runDays.contains($0) && $0 != longDay && $0 != before }
        var chosen: [Weekday] = []
        func isAdjacent(_ day: Weekday) -> Bool { chosen.contains { abs($0.number - day.number) == 1 } }
        for pool in [rest, easy] {
            for day in pool where chosen.count < count && !chosen.contains(day) && !isAdjacent(day) { chosen.append(day) }
            for day in pool where chosen.count < count && !chosen.contains(day) { chosen.append(day) }
        }
        for day in Weekday.allCases where chosen.count < count && !chosen.contains(day) && day != longDay {
            chosen.append(day)
        }
        return chosen.sorted()
    }
}
