import Planner
import RunModel
import Testing

/// A runner who can run only one or two days a week: the single-run cap decides the week, and the plan says so.
@Suite struct FewRunDaysTests {
    let today = TestRuns.workedExampleToday
    let runs = TestRuns.workedExampleRuns

    func plan(_ days: Set<Weekday>) -> Plan {
        makePlan(runs: runs, today: today, options: PlanOptions(weekdays: days, longRunDay: .sun, weeks: 2))
    }

    @Test(arguments: [Set<Weekday>([.sun]), [.sat], [.sun, .mon]])
    func aSingleCappedRunSaysWhyTheWeekIsBelowTarget(days: Set<Weekday>) {
        let plan = plan(days)
        #expect(plan.mode == .build)
        // One run a week: the long run would be half of 26.4 km, but 1.10 × L30 (8.0 km) holds it to 8.8 km.
        let first = plan.weeks[0]
        let runs = first.days.flatMap(\.sessions).filter(\.kind.isRun)
        #expect(runs.map(\.distanceMeters) == [8_800])
        #expect(first.targetMeters == 26_400)
        #expect(first.isLimitedByRunCap)
        // Week 2 grows at most 10 % from week 1's capped 8.8 km (9.6 km), which the cap would allow too: either rule
        // names it.
        #expect(plan.weeks.allSatisfy { $0.isLimitedByRunCap || $0.isLimitedByWeeklyGrowth })
        #expect(plan.advisories.contains { $0.kind == .runCap && $0.title.hasPrefix("Week 1") })
        #expect(plan.weeks.allSatisfy { $0.isLimitedByRunDays })
        #expect(
            plan.advisories.contains {
                $0.kind == .fewRunDays && $0.title.contains("more run days would allow more volume")
            })
    }

    @Test func twoRunDaysHoldTheWeekToOneAndAHalfLongRuns() {
        // Long run min(1.10 × 8.0, 0.5 × 26.4) = 8.8 km; Saturday, the day before it, at most half: 4.4 km.
        let plan = plan([.sat, .sun])
        let first = plan.weeks[0].days.map { $0.sessions.first(where: \.kind.isRun)?.distanceMeters ?? 0 }
        #expect(first == [0, 0, 0, 0, 0, 4_400, 8_800])
        #expect(plan.weeks[0].plannedMeters == 13_200)
        #expect(plan.weeks.allSatisfy { ($0.isLimitedByRunCap || $0.isLimitedByWeeklyGrowth) && $0.isLimitedByRunDays })
    }

    @Test func aSingleRunUnderItsCapIsNotBlamedOnTheCap() {
        // Ceiling 12 km: half of it (6 km) is under 1.10 × L30, so the cap does not bind.
        let plan = makePlan(
            runs: runs, today: today,
            options: PlanOptions(weekdays: [.sun], longRunDay: .sun, weeklyCeilingMeters: 12_000, weeks: 1))
        #expect(plan.weeks[0].days.flatMap(\.sessions).filter(\.kind.isRun).map(\.distanceMeters) == [6_000])
        #expect(!plan.weeks[0].isLimitedByRunCap)
        #expect(plan.weeks[0].isLimitedByRunDays)
    }
}
