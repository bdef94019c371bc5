import RunModel

/// The NHS Couch-to-5K, all nine weeks (docs/planning-rules.md, "Beginner: Couch-to-5K"): three run/walk
/// sessions a week, each after a 5-minute brisk walk; weeks 5 and 6 have three different runs. A programme week is
/// its three sessions: with fewer days a week it takes more than one calendar week.
enum CouchToFiveK {
    static let weeks = 1...9
    /// The sessions of one programme week.
    static let sessionsPerWeek = 3

    /// Where a plan starts the programme, and whether that goes on from the runner's own sessions.
    struct Entry: Sendable, Hashable {
        var position: Position
        /// True when the position comes from the sessions done, false when from the longest continuous run.
        var continues: Bool
    }

    /// Where a runner stands in the programme: the programme week and how many of its sessions were done (or
    /// planned before, within one plan).
    struct Position: Sendable, Hashable {
        var week: Int
        var done: Int

        /// The position after this one's week is complete: the next programme week (week 9 repeats), none done.
        var next: Position { Position(week: min(week + 1, CouchToFiveK.weeks.upperBound), done: 0) }
        /// True once the week's three sessions are done.
        var isComplete: Bool { done >= CouchToFiveK.sessionsPerWeek }

        /// The first of the week's sessions a calendar week of `count` sessions takes: the next one not done, or
        /// earlier so that the week ends with the programme week's last session (runs 2 and 3 after runs 1 and 2).
        func firstSession(count: Int) -> Int { max(0, min(done, CouchToFiveK.sessionsPerWeek - count)) }
    }

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

    /// The weekdays a whole Couch-to-5K week takes from `options`' days: three never consecutive, or as many as
    /// the days allow (fewer make a programme week span more than one calendar week).
    static func steadyDays(_ options: PlanOptions) -> [Weekday] {
        DayLayout.nonConsecutive(
            count: sessionsPerWeek, candidates: Weekday.allCases.filter(options.weekdays.contains),
            preferred: DayLayout.longRunDay(available: options.weekdays, preferred: options.longRunDay))
    }

    /// Where the runs done on the days of remembered Couch-to-5K sessions (`days`, each with its session) leave
    /// the runner: the programme week of the latest one, and how many runs were done on that week's sessions. Nil
    /// without one (or only sessions from records that did not keep their programme week).
    static func position(doneOn days: [CalendarDay], sessions: [CalendarDay: RememberedRunWalk]) -> Position? {
        let done = Set(days).sorted().compactMap { sessions[$0]?.programmeWeek }
        guard let week = done.last else { return nil }
        return Position(week: week, done: done.filter { $0 == week }.count)
    }

    /// The entry week: the first whose longest running block is longer than `longestRunSeconds` (the longest
    /// continuous run of the last 30 days); week 9 when none is.
    static func entryWeek(longestRunSeconds: Double) -> Int {
        weeks.first { Double(longestBlockSeconds(week: $0)) > longestRunSeconds } ?? weeks.upperBound
    }

    /// Where a Couch-to-5K plan starts (docs/planning-rules.md, "Where you enter"): where the runner's sessions of
    /// the last 30 days leave them, when no run of those days was longer than that week's longest block; otherwise
    /// the entry week of their longest continuous run, none of its sessions done.
    static func entry(history: RunHistory, dates: PlanDates, figures: HistoryFigures, options: PlanOptions) -> Entry {
        let longest = history.longestContinuousRunSeconds(
            before: dates.firstDay, pace: figures.planningPaceSecondsPerKilometer,
            runWalkSessions: options.runWalkSessions)
        let days = history.entries(
            from: dates.firstDay.adding(days: -RunHistory.capLookBackDays), to: dates.today.adding(days: 1)
        ).map(\.day)
        if let position = position(doneOn: days, sessions: options.runWalkSessions),
            longest <= Double(longestBlockSeconds(week: position.week))
        {
            return Entry(position: position.isComplete ? position.next : position, continues: true)
        }
        return Entry(position: Position(week: entryWeek(longestRunSeconds: longest), done: 0), continues: false)
    }
}
