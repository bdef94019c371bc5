/// The NHS Couch-to-5K, all nine weeks (docs/planning-rules.md, "Beginner: Couch-to-5K"): three run/walk
/// sessions a week, each after a 5-minute brisk walk; weeks 5 and 6 have three different runs.
enum CouchToFiveK {
    static let weeks = 1...9

    /// The three sessions of programme week `week` (clamped to 1…9), in the order they are done.
    static func sessions(week: Int) -> [RunWalkSet] {
        let week = min(max(week, weeks.lowerBound), weeks.upperBound)
        func run(_ seconds: Int) -> RunWalkSet.Interval { .init(.run, seconds: seconds) }
        func walk(_ seconds: Int) -> RunWalkSet.Interval { .init(.walk, seconds: seconds) }
        func same(_ set: RunWalkSet) -> [RunWalkSet] { [set, set, set] }
        switch week {
        case 1: return same(RunWalkSet(week: 1, repeats: 8, intervals: [run(60), walk(90)]))
        case 2: return same(RunWalkSet(week: 2, repeats: 6, intervals: [run(90), walk(120)]))
        case 3: return same(RunWalkSet(week: 3, repeats: 2, intervals: [run(90), walk(90), run(180), walk(180)]))
        case 4:
            return same(
                RunWalkSet(week: 4, intervals: [run(180), walk(90), run(300), walk(150), run(180), walk(90), run(300)]))
        case 5:
            return [
                RunWalkSet(week: 5, run: 1, intervals: [run(300), walk(180), run(300), walk(180), run(300)]),
                RunWalkSet(week: 5, run: 2, intervals: [run(480), walk(300), run(480)]),
                RunWalkSet(week: 5, run: 3, intervals: [run(1_200)]),
            ]
        case 6:
            return [
                RunWalkSet(week: 6, run: 1, intervals: [run(300), walk(180), run(480), walk(180), run(300)]),
                RunWalkSet(week: 6, run: 2, intervals: [run(600), walk(180), run(600)]),
                RunWalkSet(week: 6, run: 3, intervals: [run(1_500)]),
            ]
        case 7: return same(RunWalkSet(week: 7, intervals: [run(1_500)]))
        case 8: return same(RunWalkSet(week: 8, intervals: [run(1_680)]))
        default: return same(RunWalkSet(week: 9, intervals: [run(1_800)]))
        }
    }

    /// The longest continuous running block of programme week `week`, in seconds.
    static func longestBlockSeconds(week: Int) -> Int {
        sessions(week: week).map(\.longestRunSeconds).max() ?? 0
    }

    /// The entry week: the first whose longest running block is longer than `longestRunSeconds` (the longest
    /// continuous run of the last 30 days); week 9 when none is.
    static func entryWeek(longestRunSeconds: Double) -> Int {
        weeks.first { Double(longestBlockSeconds(week: $0)) > longestRunSeconds } ?? weeks.upperBound
    }
}
