import Planner
import RunModel
import Testing

/// Return after a break: while a run of the history lies in a planned run's 30 days it sets the cap; after that,
/// only the runs planned before it do (docs/planning-rules.md, "Return after a break").
@Suite struct ReturnCapTests {
    let runs = TestRuns.workedExampleRuns

    func distances(_ week: PlanWeek) -> [Double] {
        week.days.map { $0.sessions.first(where: \.kind.isRun)?.distanceMeters ?? 0 }
    }

    @Test func afterThreeWeeksOffEveryRunIsHeldToThePlannedRunsBeforeIt() {
        // Last run Sun 22 Nov (8 km); Monday 14 Dec is 22 days later: 2 weeks at 50 % of P = 21.75 km (10.8 km), then
        // 75 % (16.3 km). Three runs a week (B4 of the last four weeks is 6 km): Wednesday, Friday, Sunday.
        let plan = makePlan(runs: runs, today: TestRuns.day("2026-12-14"), options: PlanOptions(weeks: 3))
        #expect(plan.mode == .return)
        #expect(plan.weeks.map(\.targetMeters) == [10_800, 10_800, 16_300])
        // Week 1: long run min(1.10 × 8 km, 0.40 × 10.8) = 4.3 km, easy runs (10.8 − 4.3) / 2 = 3.2 km; the long run is
        // then held to its share of the 6.4 km of easy runs planned beside it: 0.40 / 0.60 × 6.4 = 4.26, so 4.2 km.
        #expect(distances(plan.weeks[0]) == [0, 0, 3_200, 0, 3_200, 0, 4_200])
        #expect(plan.weeks[0].days[6].sessions.first?.kind == .longRun)
        // Week 2: the 8 km run has left the window; the planned 4.2 km run holds the long run to 4.6 km, its share to
        // 4.2 km.
        #expect(distances(plan.weeks[1]) == [0, 0, 3_200, 0, 3_200, 0, 4_200])
        // Week 3: every run at most 1.10 × 4.2 = 4.6 km; a "long run" would not be 1.2 × the others, so all are easy.
        #expect(distances(plan.weeks[2]) == [0, 0, 4_600, 0, 4_600, 0, 4_600])
        #expect(plan.weeks[2].days.flatMap(\.sessions).allSatisfy { $0.kind != .longRun })
        #expect(plan.weeks[2].isLimitedByRunCap)
    }
}
