import Foundation
import Planner
import RunModel
import Testing

/// Re-planning a week later after doing exactly what was planned never shrinks a week both plans
/// hold (docs/weekly-loop.md, "Re-planning"), over generated histories. Replay one seed with
/// `PLANNER_SEED=12 swift test --filter PlanContinuationTests`.
@Suite struct PlanContinuationTests {
    /// The runs of week `index` of `plan`, done exactly as planned.
    static func doing(_ plan: Plan, week index: Int) -> [Run] {
        plan.weeks[index].days.flatMap { day in
            day.sessions.compactMap { session in
                session.distanceMeters.map {
                    TestRuns.run(on: day.date, kilometers: $0 / 1000, id: "done-\(day.date)-\(session.kind)")
                }
            }
        }
    }

    @Test func aWeekDoneAsPlannedNeverShrinksTheNextPlan() {
        var compared = 0
        var beginners = 0
        for seed in PlanPropertyTests.seeds.prefix(1_500) {
            let generated = HistoryGenerator.make(seed: seed)
            var options = generated.options
            options.backPain = .none
            options.symptoms = []
            options.start = nil
            options.weeks = max(options.weeks, 3)
            let first = makePlan(runs: generated.runs, today: generated.today, options: options)
            // Build and return plans, tiny ones included (the planning rules turn a week too small
            // for 2 km runs into Couch-to-5K, which has no distances to continue); not plans with a
            // week over the largest distance a stored plan may hold, which are never continued.
            guard first.mode == .build || first.mode == .return, let week1 = first.weeks.first,
                first.weeks.allSatisfy({ $0.targetMeters <= PlanRecord.maximumMeters })
            else { continue }
            // The history as it stood on the first plan's day (the generator also writes later
            // runs), and then the first week done exactly as planned.
            let runs =
                generated.runs.filter { CalendarDay($0.localStart) <= generated.today } + Self.doing(first, week: 0)
            let nextToday = week1.start.adding(days: 7)
            var next = options
            next.previousPlan = PlanRecord(first)
            let second = makePlan(runs: runs, today: nextToday, options: next)
            // A re-plan whose weeks are still too small for 2 km runs is Couch-to-5K, without distances.
            if second.mode == .beginner {
                beginners += 1
                continue
            }
            let old = PlanRecord(first)
            let new = PlanRecord(second)
            for week in new.weeks {
                guard let before = old.week(startingOn: week.start) else { continue }
                // Once a week runs on other days than the stored plan had (a run already done blocks the day after
                // it; the runner's own streak moves), its planned total is the growth reference of the weeks after
                // it, and the safer rule wins: later weeks are not compared (docs/planning-rules.md, "Run days").
                func runDays(_ record: PlanRecord, _ monday: CalendarDay) -> Set<CalendarDay> {
                    Set((record.week(startingOn: monday)?.sessions ?? []).filter { $0.kind.isRun }.map(\.day))
                }
                if runDays(new, week.start) != runDays(old, week.start) { break }
                compared += 1
                // A lighter week is 0.75 × the planned week before it, so its target follows that week.
                if !week.isCutback {
                    #expect(week.targetMeters >= before.targetMeters - 0.01, "seed \(seed): target of \(week.start)")
                }
                // Long runs are compared when a run was planned and done, and the mode stayed: the
                // first whole week back after a long break has no long run, and a return plan's step
                // of 1.5 × does not carry into a build plan (docs/planning-rules.md, "Planned totals").
                let noLongRunByRule = second.mode == .return && week.start == second.weeks.first?.start
                // The single-run cap counts the runs as run (docs/weekly-loop.md), so it may hold the long run.
                let capped = second.weeks.first { $0.start == week.start }?.isLimitedByRunCap == true
                if !noLongRunByRule, !capped, week1.plannedMeters > 0, second.mode == first.mode {
                    // The long run is its share of the week as planned (the share rule wins over continuing it), within
                    // 5 %: the growth rule floors each week's total to 1.10 × the week before (no slack), and the
                    // distribution's floors to tenths follow it.
                    let n = week.sessions.filter { $0.kind.isRun }.count
                    let share = n <= 1 ? 1 : n == 2 ? 2.0 / 3 : n == 3 ? 0.4 : n == 4 ? 0.35 : 0.3
                    let tenth = second.units.metersPerTenth
                    #expect(
                        week.longestRunMeters
                            >= 0.95 * min(before.longestRunMeters, share * week.plannedMeters) - Double(n + 2) * tenth,
                        "seed \(seed): long run of \(week.start)")
                }
                #expect(week.backCareWeek == before.backCareWeek, "seed \(seed): back-care week of \(week.start)")
            }
            Self.expectWithinGrowthAndCap(
                second, runs: runs, returnStep: first.mode == .return || second.mode == .return, seed: seed)
        }
        #expect(compared > 300)
        #expect(beginners < compared / 20)
    }

    /// The continued plan keeps the planned-total growth rule (at most 1.10 × the week before, after a
    /// lighter week the last full week, rounded up to 0.1 unit plus 0.1 unit of slack; 1.5 × for a return plan's one step) and
    /// the single-run cap (1.10 × the longest run of the 30 days before, done or planned; a run that
    /// fulfilled a planned one may count at up to its distance / 0.95).
    static func expectWithinGrowthAndCap(_ plan: Plan, runs: [Run], returnStep: Bool, seed: UInt64) {
        // An empty week (its only days after runs already done) is skipped: the week before it is the reference.
        let whole = plan.weeks.filter { $0.index >= 1 && $0.plannedMeters > 0 }
        var lastFull: Double?
        for (a, b) in zip(whole, whole.dropFirst()) {
            if !a.isCutback { lastFull = a.plannedMeters }
            // After a lighter first week the reference is the history's last week, not checked here.
            guard let reference = a.isCutback ? lastFull : a.plannedMeters else { continue }
            let factor = returnStep ? 1.5 : 1.10
            #expect(
                b.plannedMeters <= factor * reference + 2 * plan.units.metersPerTenth + 0.01,
                "seed \(seed): \(b.start) plans over the growth rule")
        }
        var done: [(day: CalendarDay, meters: Double)] = runs.compactMap { run in
            run.sport.isRunning && run.distanceMeters.isFinite && run.distanceMeters > 0
                ? (CalendarDay(run.localStart), run.distanceMeters) : nil
        }
        for day in plan.weeks.flatMap(\.days) {
            for meters in day.sessions.compactMap(\.distanceMeters) {
                let window = done.filter { $0.day >= day.date.adding(days: -30) && $0.day < day.date }
                if let l30 = window.map(\.meters).max() {
                    #expect(meters <= 1.10 * l30 + 0.01, "seed \(seed): run of \(meters) m on \(day.date) over the cap")
                }
                done.append((day.date, meters))
            }
        }
    }

    /// The share of a planned distance that counts as done (docs/weekly-loop.md, "Re-planning").
    static let doneShare = 0.95

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
        // Not continued: the first week's target is the fresh one; the lighter week stays where the stored plan had it
        // (the runner's own cycle, 14 Dec), which a plan without a stored one cannot know.
        #expect(continued.weeks.first?.targetMeters == fresh.weeks.first?.targetMeters)
        #expect(continued.weeks.map(\.isCutback) == [false, false, true, false])
        #expect(continued.weeks.first.map { $0.targetMeters < first.weeks[1].targetMeters } == true)
    }

    /// A Couch-to-5K plan stored between two build plans (made on a Monday after skipped runs, left on the Thursday)
    /// does not restart the lighter-week count: the Thursday plan keeps the build plan's lighter week (docs/planning-
    /// rules.md, "Cutback weeks"); without the build plan it would start a fresh cycle and push it a week later.
    @Test func aCouchToFiveKPlanInBetweenKeepsTheCycle() throws {
        let today = TestRuns.workedExampleToday  // a Monday
        let first = makePlan(runs: TestRuns.workedExampleRuns, today: today, options: TestRuns.workedExampleOptions)
        #expect(first.mode == .build)
        let lighter = try #require(first.weeks.first(where: \.isCutback)?.start)
        let monday = today.adding(days: 7)
        let beginner = makePlan(runs: [], today: monday, options: TestRuns.workedExampleOptions)
        #expect(beginner.mode == .beginner)
        let thursday = monday.adding(days: 3)
        var options = TestRuns.workedExampleOptions
        options.previousPlan = PlanRecord(beginner)
        options.lastBuildPlan = PlanRecord(first)
        let runs = TestRuns.workedExampleRuns + Self.doing(first, week: 0)
        let continued = makePlan(runs: runs, today: thursday, options: options)
        #expect(continued.mode == .build)
        #expect(continued.weeks.first(where: \.isCutback)?.start == lighter)
        options.lastBuildPlan = nil
        let fresh = makePlan(runs: runs, today: thursday, options: options)
        #expect(fresh.weeks.first(where: \.isCutback)?.start == lighter.adding(days: 7))
    }

    /// A runner who stops again for 16 days one week into a return restarts the return from the base it is from
    /// (docs/planning-rules.md, "A return under way"), not from the one week run since, which made the weeks too
    /// small and sent them to Couch-to-5K.
    @Test func aNewBreakDuringAReturnRestartsItFromTheSameBase() throws {
        let monday = try #require(CalendarDay("2026-03-02"))
        // Eight weeks of 6 + 5 + 8 km (P = 19 km), then 37 days off.
        var runs = (1...8).flatMap { week -> [Run] in
            let start = monday.adding(days: -7 * week - 35)
            return [(1, 6.0), (3, 5.0), (6, 8.0)].map { TestRuns.run(on: start.adding(days: $0.0), kilometers: $0.1) }
        }
        var options = PlanOptions(weekdays: [.tue, .thu, .sat, .sun], weeks: 4)
        let first = makePlan(runs: runs, today: monday, options: options)
        #expect(first.mode == .return)
        #expect(first.weeks.first.map { Self.km($0.targetMeters) } == 9.5)
        runs += Self.doing(first, week: 0)
        let lastRun = try #require(runs.map { CalendarDay($0.localStart) }.max())
        options.previousPlan = PlanRecord(first)
        let restart = lastRun.adding(days: 16)
        let plan = makePlan(runs: runs, today: restart, options: options)
        #expect(plan.mode == .return)
        #expect(plan.advisories.first?.title == "Welcome back after 16 days without running")
        // Half of P again (the restart is a fresh return), never above what the first return week planned.
        #expect(plan.weeks.first { $0.index >= 1 }.map { Self.km($0.targetMeters) } == 9.5)
    }

    static func km(_ meters: Double) -> Double { (meters / 100).rounded(.down) / 10 }

    /// A re-plan in the middle of a stored plan's week keeps that week's target for the rest of it
    /// (week 0), and its back-care week number.
    @Test func aReplanMidWeekKeepsTheStoredWeeksTarget() throws {
        let today = TestRuns.workedExampleToday  // a Monday
        let first = makePlan(runs: TestRuns.workedExampleRuns, today: today, options: TestRuns.workedExampleOptions)
        let week = try #require(first.weeks.first)
        #expect(week.index == 1 && week.start == today)
        let wednesday = today.adding(days: 2)
        let done = Self.doing(first, week: 0).filter { CalendarDay($0.localStart) < wednesday }
        var options = TestRuns.workedExampleOptions
        options.previousPlan = PlanRecord(first)
        let continued = makePlan(runs: TestRuns.workedExampleRuns + done, today: wednesday, options: options)
        let thisWeek = try #require(continued.weeks.first)
        #expect(thisWeek.index == 0 && thisWeek.start == today)
        #expect(abs(thisWeek.targetMeters - week.targetMeters) < 0.01)
        #expect(thisWeek.plannedMeters + thisWeek.alreadyRunMeters <= week.targetMeters + 0.01)
        #expect(PlanRecord(continued).weeks.first?.backCareWeek == 1)
        options.previousPlan = nil
        let fresh = makePlan(runs: TestRuns.workedExampleRuns + done, today: wednesday, options: options)
        #expect(fresh.weeks.first.map { $0.targetMeters < week.targetMeters } == true)  // without the stored plan: less
    }

    @Test func thePlanRecordRoundTripsThroughItsJSON() throws {
        let plan = makePlan(
            runs: TestRuns.workedExampleRuns, today: TestRuns.workedExampleToday, options: TestRuns.workedExampleOptions
        )
        let record = PlanRecord(plan)
        let data = try JSONEncoder().encode(record)
        #expect(try JSONDecoder().decode(PlanRecord.self, from: data) == record)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schema"] as? Int == 1)
        #expect(object["made_on"] as? String == "2026-11-23")
        #expect(record.weeks.map(\.backCareWeek) == Array(1...plan.weeks.count))
    }
}

extension PlanRecord {
    /// The record of `plan` with each session named by its kind (the planner tests do not render).
    init(_ plan: Plan) { self.init(plan) { $0.kind.rawValue } }
}
