import Planner
import RunModel
import Testing

/// The week a runner has kept for four weeks without pain: kept by a build plan where the safer rules allow it, and
/// when they do not, the plan says which rule won (docs/planning-rules.md, "Established patterns").
@Suite struct EstablishedPatternTests {
    let today = TestRuns.day("2026-11-23")

    /// Four weeks of `runs` (day offset from Monday, km) before `today`'s week.
    func history(_ runs: [(Int, Double)]) -> [Run] {
        (1...4).flatMap { back in
            runs.map { TestRuns.run(on: today.adding(days: -7 * back + $0.0), kilometers: $0.1) }
        }
    }

    func distances(_ week: PlanWeek) -> [Double] {
        week.days.map { $0.sessions.first(where: \.kind.isRun)?.distanceMeters ?? 0 }
    }

    @Test func aWeekendRunnersWeekGrowsInTheirOwnSplit() {
        // Sat 8 + Sun 12 km: week 1 may plan 22 km; the distribution would make Saturday at most half of Sunday's long
        // run, the pattern keeps each day its smallest run plus its part of the 2 km of growth (40 : 60).
        let plan = makePlan(
            runs: history([(5, 8), (6, 12)]), today: today,
            options: PlanOptions(weekdays: [.sat, .sun], longRunDay: .sun, weeks: 2))
        #expect(plan.mode == .build)
        #expect(distances(plan.weeks[0]) == [0, 0, 0, 0, 0, 8_800, 13_200])
        #expect(!plan.advisories.contains { $0.kind == .patternNotKept })
    }

    @Test func aPatternWhoseLongestRunBreaksItsShareIsNotKeptAndThePlanSaysWhy() {
        // Wed 20 + Thu 10 + Sun 10 km: with three runs the long run is at most 40 % of the week, so Wednesday's 20 km
        // cannot stay (it would have to go under its own 20 km to fit). The week is planned as any other — the long
        // run on Sunday, 0.40 × 44 = 17.6 km, and 13.2 km on Wednesday and Thursday — and the plan says why.
        let plan = makePlan(
            runs: history([(2, 20), (3, 10), (6, 10)]), today: today,
            options: PlanOptions(weekdays: [.wed, .thu, .sun], longRunDay: .sun, weeks: 4))
        #expect(plan.mode == .build)
        #expect(distances(plan.weeks[0]) == [0, 0, 13_200, 13_200, 0, 0, 17_600])
        let advisory = try? #require(plan.advisories.first { $0.kind == .patternNotKept })
        #expect(advisory?.title == "Weeks 1, 2, 3: your usual week is not kept")
        #expect(
            advisory?.message
                == "You have run on Wed, Thu, Sun for four weeks without pain, and a plan keeps that week where it can. "
                + "In week 1 the safer rule wins: its longest run would be more than the long run's share of the week.")
    }
}
