import Planner
import RunModel
import Testing

/// `WeekReview`: pairing planned runs with runs done, totals, the cap and the outcome.
@Suite struct WeekReviewTests {
    static let monday = TestRuns.day("2026-11-30")

    static func session(_ offset: Int, _ kind: Session.Kind, _ kilometers: Double?) -> PlanRecord.PlannedSession {
        PlanRecord.PlannedSession(
            day: monday.adding(days: offset), kind: kind, distanceMeters: kilometers.map { $0 * 1000 },
            durationSeconds: 3_600,
            title: kilometers.map { "\(kind == .longRun ? "Long" : "Easy") run \($0) km" } ?? "Back care")
    }

    /// Easy runs Tue and Thu (6 km), back care Wed, a long run Sun (10 km); next week 28 km with an 11 km long run.
    static let plan = PlanRecord(
        madeOn: TestRuns.day("2026-11-29"), mode: .build, units: .kilometers,
        weeks: [
            PlanRecord.Week(
                start: monday, targetMeters: 22_000, plannedMeters: 22_000, isCutback: false, backCareWeek: 3,
                sessions: [
                    session(1, .easyRun, 6), session(2, .backCare, nil), session(3, .easyRun, 6),
                    session(6, .longRun, 10),
                ]),
            PlanRecord.Week(
                start: monday.adding(days: 7), targetMeters: 28_000, plannedMeters: 28_000, isCutback: false,
                backCareWeek: 4,
                sessions: [
                    PlanRecord.PlannedSession(
                        day: monday.adding(days: 13), kind: .longRun, distanceMeters: 11_000, durationSeconds: 1,
                        title: "Long run")
                ]),
        ])

    @Test func runsArePairedOnTheirDayOrADayBesideAndTheRestIsExtra() {
        let runs = [
            TestRuns.run(on: Self.monday.adding(days: 2), kilometers: 6.1, id: "wed"),  // the Tuesday run, a day late
            TestRuns.run(on: Self.monday.adding(days: 3), kilometers: 5.0, id: "thu"),  // Thursday's, short
            // Saturday: the long run's day before is free
            TestRuns.run(on: Self.monday.adding(days: 5), kilometers: 3.0, id: "sat"),
            TestRuns.run(on: Self.monday.adding(days: -1), kilometers: 9.0, id: "before"),
        ]
        let review = WeekReview(weekStart: Self.monday, plans: [Self.plan], runs: runs, units: .kilometers)
        #expect(review.lines.map(\.status) == [.done, .short, .short])
        #expect(review.lines.map { $0.run?.id } == ["wed", "thu", "sat"])
        #expect(review.missedCount == 0 && review.extraCount == 0)
        #expect(review.plannedMeters == 22_000)
        #expect(abs(review.doneMeters - 14_100) < 1e-6)
        #expect(review.longestRunMeters == 6_100)
        #expect(review.runCapMeters.map { abs($0 - 9_900) < 1e-6 } == true)
        #expect(review.outcome == .belowPlan)
        // The week after is named only from the plan made with the review (`namingNextWeek(from:)`).
        #expect(review.nextTargetMeters == nil && review.nextLongRunMeters == nil)
    }

    @Test func aWeekDoneAsPlannedWithAnExtraRun() {
        let runs = [(1, 6.0), (3, 6.0), (6, 10.0), (4, 4.0)].map {
            TestRuns.run(on: Self.monday.adding(days: $0.0), kilometers: $0.1)
        }
        let review = WeekReview(weekStart: Self.monday, plans: [Self.plan], runs: runs, units: .kilometers)
        #expect(review.lines.map(\.status) == [.done, .done, .extra, .done])
        // 26 km of 22 planned (118 %) with a long run over the cap: above the plan, never "as planned".
        #expect(review.outcome == .abovePlan)
        #expect(review.doneMeters == 26_000)
        // The 30 days before the 10 km long run hold this week's 6 km runs: the cap is 6.6 km.
        #expect(review.runCapMeters.map { abs($0 - 6_600) < 1e-6 } == true)
        #expect(review.isOverCap)
    }

    @Test func missedRunsAndNoPlan() {
        let review = WeekReview(weekStart: Self.monday, plans: [Self.plan], runs: [], units: .kilometers)
        #expect(review.lines.map(\.status) == [.missed, .missed, .missed])
        #expect(review.doneMeters == 0 && review.outcome == .missed)
        let later = WeekReview(
            weekStart: Self.monday.adding(days: 14), plans: [Self.plan], runs: [], units: .kilometers)
        #expect(later.outcome == .noPlan && later.planMadeOn == nil)
    }
}
