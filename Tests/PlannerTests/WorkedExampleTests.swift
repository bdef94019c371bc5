import Testing
import Planner
import RunModel

/// planner.md's worked example, every number of its table.
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
        let expected: [(target: Double, long: Double, easy: Double, total: Double, cutback: Bool)] = [
            (26.4, 8.8, 5.8, 26.2, false), (29.0, 9.6, 6.4, 28.8, false),
            (31.9, 10.5, 7.1, 31.8, false), (23.9, 8.3, 5.2, 23.9, true),
        ]
        #expect(plan.weeks.count == 4)
        for (week, row) in zip(plan.weeks, expected) {
            #expect(km(week.targetMeters) == row.target, "week \(week.index) target")
            #expect(km(week.plannedMeters) == row.total, "week \(week.index) total")
            #expect(week.isCutback == row.cutback)
            #expect(!week.isLimitedByRunCap)
            let sessions = week.days.flatMap(\.sessions)
            let long = sessions.filter { $0.kind == .longRun }
            let easy = sessions.filter { $0.kind == .easyRun }
            #expect(long.count == 1)
            #expect(km(long.first?.distanceMeters) == row.long, "week \(week.index) long run")
            #expect(easy.count == 3)
            #expect(easy.allSatisfy { km($0.distanceMeters) == row.easy }, "week \(week.index) easy runs")
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
            #expect(names == ["backCare", "easyRun", "backCare", "easyRun", "", "easyRun", "longRun"], "week \(week.index)")
            #expect(week.start.isoWeekday == 1)
        }
        #expect(plan.weeks.first?.start == CalendarDay("2026-11-23"))
    }

    @Test func firstSundayEventLastsSixtyEightMinutes() throws {
        let sunday = try #require(plan.weeks.first?.days.last?.sessions.first)
        #expect(sunday.kind == .longRun)
        #expect(sunday.durationSeconds == 68 * 60)
        #expect(sunday.warmUpSeconds == 600 && sunday.coolDownSeconds == 300)
        #expect(sunday.title == "Long run 8.8 km")
        #expect(sunday.steps.first == "Warm-up 10 min: 5 min brisk walk or very easy jog")
        #expect(sunday.steps.last == "Hamstring stretch, 2 × 30 s per leg")
    }

    @Test func plankGrowsFiveSecondsAWeek() {
        let planks = plan.weeks.map { week in
            week.days.flatMap(\.sessions).first { $0.kind == .backCare }?.steps.first ?? ""
        }
        #expect(planks == ["Plank 3 × 20 s", "Plank 3 × 25 s", "Plank 3 × 30 s", "Plank 3 × 35 s"])
    }
}
