import Planner
import RunModel
import Testing

/// A lighter week whose runs would be under the shortest run is one run, shorter than the week before's longest, and
/// a week of one or two easy runs of 5 km in all is a running week (docs/planning-rules.md, "Cutback weeks", "Modes").
@Suite struct LighterWeekOfOneRunTests {
    let today = TestRuns.day("2026-11-23")
    let options = PlanOptions(weekdays: [.sat, .sun], longRunDay: .sun, weeks: 4)

    /// Four weekends at 6:00/km (the shortest run 2.5 km: its 15 minutes of warm-up and cool-down).
    func runs(_ weekends: [Double]) -> [Run] {
        TestRuns.runs(
            weekends.enumerated().flatMap { offset, km -> [(String, Double)] in
                let saturday = TestRuns.day("2026-10-31").adding(days: 7 * offset)
                return [(saturday.description, km), (saturday.adding(days: 1).description, km)]
            })
    }

    @Test func aRisingRunnersFirstLighterWeekIsOneShorterRun() {
        // 4.0, 4.6, 5.4, 6.4 km: each week 5 % or more over the one before, so week 1 is lighter, 0.75 × 6.4 = 4.8 km.
        // Two runs of 2.4 km would be under the shortest run, and one run of half the target too: one run of 3.1 km,
        // 0.1 km under last week's longest (3.2). Week 2 goes back to the last full week, 6.4 km.
        let plan = makePlan(runs: runs([2.0, 2.3, 2.7, 3.2]), today: today, options: options)
        #expect(plan.mode == .build)
        #expect(plan.weeks[0].isCutback)
        #expect(plan.weeks[0].targetMeters == 4_800)
        let week1 = plan.weeks[0].days.compactMap { $0.sessions.first(where: \.kind.isRun)?.distanceMeters }
        #expect(week1 == [3_100])
        #expect(plan.weeks[1].plannedMeters == 6_400)
    }

    @Test func twoEasyRunsOfFiveKilometresInAllAreARunningWeek() {
        // Steady 5.8 km weekends (2.5 + 3.3): 6.2, 6.8, 7.4 km, then the lighter week at 0.75 × 7.4 = 5.5 km as two easy
        // runs of 2.7 km. Its longest run is under 3 km, but the week is 5 km or more with no long run: a running week,
        // not Couch-to-5K.
        let runs = TestRuns.runs(
            (0..<4).flatMap { offset -> [(String, Double)] in
                let saturday = TestRuns.day("2026-10-31").adding(days: 7 * offset)
                return [(saturday.description, 2.5), (saturday.adding(days: 1).description, 3.3)]
            })
        let plan = makePlan(runs: runs, today: today, options: options)
        #expect(plan.mode == .build)
        #expect(plan.weeks.map(\.plannedMeters) == [6_200, 6_800, 7_400, 5_400])
        #expect(plan.weeks[3].isCutback)
        let lighter = plan.weeks[3].days.compactMap { $0.sessions.first(where: \.kind.isRun)?.distanceMeters }
        #expect(lighter == [2_700, 2_700])
    }
}
