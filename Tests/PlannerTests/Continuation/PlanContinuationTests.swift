import Foundation
import Testing
import Planner
import RunModel

/// Re-planning a week later after doing exactly what was planned never shrinks a week both plans
/// hold (docs/weekly-loop.md, "Re-planning"), over generated histories. Replay one seed with
/// `PLANNER_SEED=12 swift test --filter PlanContinuationTests`.
@Suite struct PlanContinuationTests {
    /// The runs of week `index` of `plan`, done exactly as planned.
    static func doing(_ plan: Plan, week index: Int) -> [Run] {
        plan.weeks[index].days.flatMap { day in
            day.sessions.compactMap { session in
                session.distanceMeters.map { TestRuns.run(on: day.date, kilometers: $0 / 1000, id: "done-\(day.date)-\(session.kind)") }
            }
        }
    }

    @Test func aWeekDoneAsPlannedNeverShrinksTheNextPlan() {
        var compared = 0
        for seed in PlanPropertyTests.seeds.prefix(1_500) {
            let generated = HistoryGenerator.make(seed: seed)
            var options = generated.options
            options.backPain = .none
            options.symptoms = []
            options.start = nil
            options.weeks = max(options.weeks, 3)
            let first = makePlan(runs: generated.runs, today: generated.today, options: options)
            // Build plans: a return plan's first runs may lean on the runs before the break, which
            // a re-plan a week later no longer has in its 30-day window.
            // And a real base (a long run of 3 km, a week of 5 km): below it the planning rules
            // make a beginner plan, which has no distances to continue.
            guard first.mode == .build, let week1 = first.weeks.first, week1.longestRunMeters >= 3_000, week1.plannedMeters >= 5_000
            else { continue }
            let runs = generated.runs + Self.doing(first, week: 0)
            let nextToday = week1.start.adding(days: 7)
            var next = options
            next.previousPlan = PlanRecord(first)
            let second = makePlan(runs: runs, today: nextToday, options: next)
            let old = PlanRecord(first), new = PlanRecord(second)
            for week in new.weeks {
                guard let before = old.week(startingOn: week.start) else { continue }
                compared += 1
                #expect(week.targetMeters >= before.targetMeters - 0.01, "seed \(seed): target of \(week.start)")
                #expect(week.longestRunMeters >= before.longestRunMeters - 0.01, "seed \(seed): long run of \(week.start)")
                #expect(week.backCareWeek == before.backCareWeek, "seed \(seed): back-care week of \(week.start)")
            }
            // Growth stays within 10 % a week (plus the rounding step) inside the new plan.
            for (a, b) in zip(second.weeks, second.weeks.dropFirst()) where a.targetMeters > 0 && !a.isCutback {
                #expect(b.targetMeters <= 1.10 * a.targetMeters + 100.01, "seed \(seed): \(b.start) grows over 10 %")
            }
        }
        #expect(compared > 300)
    }

    @Test func aWeekWithAMissedRunIsNotContinued() {
        let runs = TestRuns.workedExampleRuns
        let today = TestRuns.workedExampleToday
        let first = makePlan(runs: runs, today: today, options: TestRuns.workedExampleOptions)
        var done = Self.doing(first, week: 0)
        done.removeLast()  // the long run, missed
        var options = TestRuns.workedExampleOptions
        options.previousPlan = PlanRecord(first)
        let continued = makePlan(runs: runs + done, today: today.adding(days: 7), options: options)
        options.previousPlan = nil
        let fresh = makePlan(runs: runs + done, today: today.adding(days: 7), options: options)
        #expect(continued.weeks.map(\.targetMeters) == fresh.weeks.map(\.targetMeters))
        #expect(continued.weeks.first.map { $0.targetMeters < first.weeks[1].targetMeters } == true)
    }

    @Test func thePlanRecordRoundTripsThroughItsJSON() throws {
        let plan = makePlan(runs: TestRuns.workedExampleRuns, today: TestRuns.workedExampleToday, options: TestRuns.workedExampleOptions)
        let record = PlanRecord(plan)
        let data = try JSONEncoder().encode(record)
        #expect(try JSONDecoder().decode(PlanRecord.self, from: data) == record)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schema"] as? Int == 1)
        #expect(object["made_on"] as? String == "2026-11-23")
        #expect(record.weeks.map(\.backCareWeek) == Array(1...plan.weeks.count))
    }
}
