import Planner
import RunModel
import Testing

/// A runner with a base who ran again after a break before planning, without a stored return plan: the few runs since
/// the break do not make them a beginner (docs/planning-rules.md, "Just back from a break").
@Suite struct JustBackFromABreakTests {
    let today = TestRuns.day("2026-11-23")
    let options = PlanOptions(weekdays: [.tue, .thu, .sat, .sun], longRunDay: .sun, weeks: 4)

    /// Eight weeks of Tue 5 + Thu 5 + Sun 10 km (P = 20 km), the last run Sun 25 Oct, then `since`.
    func runs(since: [(String, Double)]) -> [Run] {
        var list: [(String, Double)] = []
        for week in 0..<8 {
            let tuesday = TestRuns.day("2026-09-01").adding(days: 7 * week)
            list += [(tuesday, 5), (tuesday.adding(days: 2), 5), (tuesday.adding(days: 5), 10)].map {
                ($0.0.description, $0.1)
            }
        }
        return TestRuns.runs(list + since)
    }

    @Test func oneShortRunAfterFourWeeksOffStartsAReturnNotCouchToFiveK() {
        // One 4 km run on Sat 21 Nov, 27 days after the last: B4 = 1 km and the weeks of a build plan from it would be
        // under 5 km. A return from the break instead: off = 4 weeks, two at 50 % of P (10 km) and two at 75 % (15 km),
        // the first of them behind (the week of the first run back), then +10 % a week.
        let plan = makePlan(runs: runs(since: [("2026-11-21", 4)]), today: today, options: options)
        #expect(plan.mode == .return)
        #expect(plan.history.weekAverageBeforeBreakMeters == 20_000)
        #expect(plan.advisories.contains { $0.title == "Welcome back after 27 days without running" })
        #expect(plan.weeks.map(\.targetMeters) == [10_000, 15_000, 15_000, 16_500])
        // Week 1: three runs on days apart (a return), the long run 0.40 × 10 km = 4.0 km, under 1.10 × the 4 km run;
        // week 2: every run at most 1.10 × 4.0 = 4.4 km.
        let week1 = plan.weeks[0].days.map { $0.sessions.first(where: \.kind.isRun)?.distanceMeters ?? 0 }
        #expect(week1 == [0, 3_000, 0, 3_000, 0, 0, 4_000])
        #expect(plan.weeks[1].plannedMeters == 13_200)
        #expect(plan.weeks[1].isLimitedByRunCap)
    }

    @Test func runsSinceTheBreakThatMakeABuildPlanKeepIt() {
        // Four 6 km runs since the break: W1 = 18 km, B4 = 6 km, a build week 1 of min(1.10 × 18, 1.30 × 6) = 7.8 km is
        // no beginner's week, and it is the smaller plan: it stays a build plan.
        let since = [("2026-11-14", 6.0), ("2026-11-17", 6), ("2026-11-19", 6), ("2026-11-21", 6)]
        let plan = makePlan(runs: runs(since: since), today: today, options: options)
        #expect(plan.mode == .build)
        #expect(plan.weeks[0].targetMeters == 7_800)
    }

    @Test func aFirstRunBackMoreThanTwoWeeksAgoIsNoLongerABreakJustEnded() {
        // The first run back on Sat 7 Nov (16 days before the plan), 2 km a week since: Couch-to-5K, as before.
        let plan = makePlan(
            runs: runs(since: [("2026-11-07", 2.5), ("2026-11-14", 2.5), ("2026-11-21", 2.5)]), today: today,
            options: options)
        #expect(plan.mode == .beginner)
    }
}
