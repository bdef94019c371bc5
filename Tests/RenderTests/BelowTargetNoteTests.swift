import Planner
import RunModel
import Testing

@testable import Render

/// A week below its target always says why: the single-run cap, or too few run days (more days, more volume).
@Suite struct BelowTargetNoteTests {
    func markdown(days: Set<Weekday>, ceiling: Double, units: DistanceUnit = .kilometers) -> String {
        let options = PlanOptions(
            weekdays: days, longRunDay: .sun, weeklyCeilingMeters: ceiling, units: units, weeks: 1)
        return PlanMarkdown(chartPath: nil).render(
            makePlan(runs: RenderFixtures.history, today: RenderFixtures.day("2026-11-23"), options: options))
    }

    @Test func aSingleUncappedRunSaysMoreDaysWouldAllowMore() {
        // Sunday only, ceiling 12 km: one 6.0 km run (half of 12), under 1.10 × L30 = 8.8 km.
        let text = markdown(days: [.sun], ceiling: 12_000)
        #expect(text.contains("**Total 6.0 km** (target 12.0 km)"))
        #expect(
            text.contains(
                "This week stays below its target: with so few run days the week is at most 1.5 × the long run. More days would allow more volume."
            ))
        #expect(text.contains("**Week 1 stays below target: more run days would allow more volume**"))
        #expect(!text.contains("no run may be more than 10 % longer"))
    }

    @Test func aFullWeekHasNoNote() {
        // Every day but Thursday: the runner's four-week Tue/Thu/Sat/Sun pattern is not kept (one of its days is not
        // available), so the week is spread over five days and reaches its target.
        let text = markdown(days: Set(Weekday.allCases).subtracting([.thu]), ceiling: 40_000)
        #expect(!text.contains("This week stays below its target"))
    }
}
