import Planner
import RunModel
import Testing

/// Return after a break: with no run of the history left in a run's 30-day window, the cap rests on
/// half the longest run before the break, and shorter planned runs earlier that week do not lower it.
@Suite struct ReturnCapTests {
    let runs = TestRuns.workedExampleRuns

    func runs(of week: PlanWeek, _ kind: Session.Kind) -> [Double] {
        week.days.flatMap(\.sessions).filter { $0.kind == kind }.compactMap(\.distanceMeters)
    }

    @Test func afterFourWeeksOffTheLongRunIsNotHeldToTheEasyRunsBeforeIt() {
        // Last run Sun 22 Nov (8 km, the longest of the 4 weeks before the break); today 28 days later.
        let plan = makePlan(runs: runs, today: TestRuns.day("2026-12-20"), options: PlanOptions(weeks: 2))
        #expect(plan.mode == .return)
        let first = plan.weeks[0]
        // Half of P = 21.75 km → 10.8 km. The long run is min(1.10 × 0.5 × 8 km = 4.4, 0.40 × 10.8 = 4.32) = 4.3 km,
        // not 1.10 × the 3.2 km easy runs planned on Wednesday and Friday.
        #expect(first.targetMeters == 10_800)
        #expect(runs(of: first, .longRun) == [4_300])
        #expect(runs(of: first, .easyRun) == [3_200, 3_200])
        #expect(!first.isLimitedByRunCap)
        #expect(runs(of: plan.weeks[1], .longRun) == [4_300])
    }

    @Test func afterSevenWeeksOffWeekTwoStartsFromTheFallbackToo() {
        let plan = makePlan(runs: runs, today: TestRuns.day("2027-01-10"), options: PlanOptions(weeks: 2))
        #expect(plan.mode == .return)
        // Week 1 has no long run (more than 30 days off): three easy runs of 3.6 km.
        #expect(runs(of: plan.weeks[0], .easyRun) == [3_600, 3_600, 3_600])
        // Week 2's long run: min(1.10 × max(3.6, 4.0) = 4.4, 0.40 × 10.8 = 4.32) = 4.3 km.
        #expect(runs(of: plan.weeks[1], .longRun) == [4_300])
    }
}
