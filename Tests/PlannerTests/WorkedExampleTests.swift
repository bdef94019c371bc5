import Planner
import RunModel
import Testing

/// The worked example of docs/planning-rules.md, every number of its table.
@Suite struct WorkedExampleTests {
    let plan = makePlan(
        runs: TestRuns.workedExampleRuns, today: TestRuns.workedExampleToday, options: TestRuns.workedExampleOptions)

    func km(_ meters: Double?) -> Double { ((meters ?? -1) / 100).rounded() / 10 }

    @Test func historyFiguresMatch() {
        #expect(plan.mode == .build)
        #expect(plan.history.lastFourWeeksMeters == [24_000, 21_000, 22_000, 20_000])
        #expect(plan.history.averageWeekMeters == 21_750)
        #expect(plan.history.longestRecentRunMeters == 8_000)
        #expect(plan.history.planningPaceSecondsPerKilometer == 360)
        #expect(plan.history.daysSinceLastRun == 1)
        #expect(plan.advisories.isEmpty)
    }

    @Test func targetsLongRunsEasyRunsAndTotalsMatchTheTable() {
        // docs/planning-rules.md's table: Saturday, the day before the long run, holds at most half of it, and
        // Tuesday and Thursday share the rest of the target.
        let expected: [(target: Double, long: Double, saturday: Double, easy: Double, total: Double, cutback: Bool)] = [
            (26.4, 8.8, 4.4, 6.6, 26.4, false), (29.0, 9.6, 4.8, 7.3, 29.0, false),
            (31.9, 10.5, 5.2, 8.1, 31.9, false), (23.9, 8.3, 4.1, 5.7, 23.8, true),
        ]
        #expect(plan.weeks.count == 4)
        for (week, row) in zip(plan.weeks, expected) {
            #expect(km(week.targetMeters) == row.target, "week \(week.index) target")
            #expect(km(week.plannedMeters) == row.total, "week \(week.index) total")
            #expect(week.isCutback == row.cutback)
            #expect(!week.isLimitedByRunCap)
            let runs = week.days.map { $0.sessions.first(where: \.kind.isRun) }
            // Mon … Sun: rest, Tue easy, rest, Thu easy, rest, Sat easy, Sun long.
            #expect(
                runs.map { km($0?.distanceMeters) } == [-0.0, row.easy, -0.0, row.easy, -0.0, row.saturday, row.long],
                "week \(week.index)")
            #expect(runs.map { $0?.kind } == [nil, .easyRun, nil, .easyRun, nil, .easyRun, .longRun])
        }
    }

    @Test func capColumnsMatchTheTable() {
        // 1.10 × L30 and s × T of the table (s = 0.35 for n = 4 runs).
        let caps = plan.weeks.map { (1.10 * $0.longestRecentRunMeters / 10).rounded() / 100 }
        #expect(caps == [8.8, 9.68, 10.56, 11.55])
        let shares = plan.weeks.map { (0.35 * $0.targetMeters / 10).rounded() / 100 }
        #expect(shares == [9.24, 10.15, 11.17, 8.37])
    }

    @Test func runDaysBackCareDaysAndRestDays() {
        for week in plan.weeks {
            let names = week.days.map { day in day.sessions.map(\.kind.rawValue).joined(separator: "+") }
            // Mon … Sun
            #expect(
                names == ["backCare", "easyRun", "backCare", "easyRun", "", "easyRun", "longRun"], "week \(week.index)")
            #expect(week.start.isoWeekday == 1)
        }
        #expect(plan.weeks.first?.start == CalendarDay("2026-11-23"))
    }

    @Test func firstSundayEventLastsSixtyEightMinutes() throws {
        let sunday = try #require(plan.weeks.first?.days.last?.sessions.first)
        #expect(sunday.kind == .longRun)
        #expect(sunday.durationSeconds == 68 * 60)
        #expect(sunday.warmUpSeconds == 600 && sunday.coolDownSeconds == 300)
        // 8.8 km at 6:00/km = 52.8 min, rounded up.
        #expect(sunday.main == .run(minutes: 53))
        #expect(sunday.warmUp == WarmUp.beforeEveryRun)
        #expect(sunday.coolDown?.stretches == [Exercise(.hamstringStretch, sets: 2, .seconds(30), side: .perLeg)])
    }

    @Test func sidePlankGrowsFiveSecondsAWeek() {
        let holds = plan.weeks.map { week -> Exercise.Dose? in
            guard case .exercises(let list) = week.days.flatMap(\.sessions).first(where: { $0.kind == .backCare })?.main
            else { return nil }
            return list.first { $0.name == .sidePlank }?.dose
        }
        #expect(holds == [.seconds(15), .seconds(20), .seconds(25), .seconds(30)])
    }
}
