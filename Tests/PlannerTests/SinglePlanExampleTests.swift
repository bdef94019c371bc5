import Planner
import RunModel
import Testing

/// The numbered single-plan defects of docs/planning-rules.md's v3 rules replayed as fixtures: each plan is checked
/// against every single-plan rule and against the fact its defect broke.
@Suite struct SinglePlanExampleTests {
    let sunday = TestRuns.day("2026-11-22")

    /// Four weeks before `monday`: `pattern` gives each week's runs as (day offset from Monday, km).
    func weeks(before monday: CalendarDay, _ pattern: [(Int, Double)], count: Int = 4) -> [Run] {
        (1...count).flatMap { week in
            pattern.map { day, km in TestRuns.run(on: monday.adding(days: -7 * week + day), kilometers: km) }
        }
    }

    func runs(_ plan: Plan) -> [(date: CalendarDay, session: Session)] {
        plan.weeks.flatMap(\.days).compactMap { day in day.sessions.first(where: \.kind.isRun).map { (day.date, $0) } }
    }

    func expectEveryRule(_ history: [Run], _ today: CalendarDay, _ options: PlanOptions, _ plan: Plan) {
        let problems = SinglePlanInvariants(runs: history, today: today, options: options, plan: plan).violations()
        #expect(problems.isEmpty, "\(problems.map(\.message))")
    }

    /// 1. A Monday long run is never raised to twice the Sunday run before it: after a logged 29.7 km Sunday (the
    /// longest of its 7 days, so Monday rests), every Monday long run is within its share of its week.
    @Test func mondayLongRunIsNotInflatedAfterASundayRun() {
        var history = weeks(before: sunday.adding(days: -6), [(1, 15), (3, 15), (5, 20), (6, 29.7)])
        history.append(TestRuns.run(on: sunday.adding(days: -12), kilometers: 57))
        history.append(TestRuns.run(on: sunday, kilometers: 29.7))
        let options = PlanOptions(longRunDay: .mon, weeks: 4)
        let plan = makePlan(runs: history, today: sunday, options: options)
        expectEveryRule(history, sunday, options, plan)
        #expect(!runs(plan).contains { $0.date == sunday.adding(days: 1) })
        for week in plan.weeks where week.index >= 1 {
            let long = week.days.flatMap(\.sessions).filter { $0.kind == .longRun }.compactMap(\.distanceMeters)
            #expect(long.allSatisfy { $0 <= 0.5 * week.plannedMeters }, "week \(week.index): \(long)")
        }
    }

    /// 2. No run the day after a logged long run, whether the plan is made on that Sunday or the next Monday.
    @Test func noRunTheDayAfterALoggedLongRun() {
        var history = weeks(before: sunday.adding(days: -6), [(1, 8), (3, 8), (6, 16)])
        history.append(TestRuns.run(on: sunday, kilometers: 18))
        for today in [sunday, sunday.adding(days: 1)] {
            let options = PlanOptions(weeks: 2)
            let plan = makePlan(runs: history, today: today, options: options)
            expectEveryRule(history, today, options, plan)
            #expect(!runs(plan).contains { $0.date == sunday.adding(days: 1) }, "plan made \(today)")
        }
    }

    /// 3. After 85 days without running the first run back is easy, and no long run comes before a week after it.
    @Test func noLongRunInTheFirstWeekBack() {
        let last = sunday.adding(days: -85)
        let history = weeks(before: last.adding(days: 1), [(1, 8), (3, 8), (6, 14)])
        let options = PlanOptions(weeks: 3)
        let plan = makePlan(runs: history, today: sunday, options: options)
        #expect(plan.mode == .return)
        expectEveryRule(history, sunday, options, plan)
        let planned = runs(plan)
        let first = planned.first
        #expect(first?.session.kind == .easyRun)
        if let first {
            #expect(!planned.contains { $0.session.kind == .longRun && $0.date < first.date.adding(days: 7) })
        }
    }

    /// 4. Mild back pain after a month off is held at the return level, never at full volume, with rest days.
    @Test func holdAfterAMonthOffIsAReturn() {
        let last = sunday.adding(days: -35)
        let history = weeks(before: last.adding(days: 1), [(1, 7), (3, 7), (6, 14)])
        let options = PlanOptions(weeks: 3, backPain: .mild)
        let plan = makePlan(runs: history, today: sunday, options: options)
        #expect(plan.mode == .hold)
        expectEveryRule(history, sunday, options, plan)
        // P = 28 km; 5 weeks off: weeks 1–3 at most half of it.
        for week in plan.weeks { #expect(week.plannedMeters <= 14_000 + 1, "week \(week.index)") }
        let dates = runs(plan).map(\.date)
        #expect(!dates.contains { dates.contains($0.adding(days: 1)) })
    }

    /// 5. One run never takes the week: a four-day runner whose week 1 is held by the growth rule still runs four
    /// times, the long run at most 35 % of what is planned.
    @Test func oneRunDoesNotTakeTheWeek() {
        let monday = sunday.adding(days: 1)
        let history = weeks(before: monday, [(1, 7), (3, 7), (5, 7), (6, 14)])
        let options = PlanOptions(weekdays: [.tue, .thu, .sat, .sun], weeklyCeilingMeters: 30_000, weeks: 4)
        let plan = makePlan(runs: history, today: monday, options: options)
        expectEveryRule(history, monday, options, plan)
        for week in plan.weeks where week.index >= 1 && !week.isCutback {
            let distances = week.days.compactMap { $0.sessions.first(where: \.kind.isRun)?.distanceMeters }
            #expect(distances.count == 4, "week \(week.index): \(distances)")
            #expect((distances.max() ?? 0) <= 0.35 * week.plannedMeters + 400, "week \(week.index): \(distances)")
        }
    }

    /// 6. No back care the evening before a Monday long run, a held week names its rule, a runner with a base is
    /// not sent to Couch-to-5K by a later start, and Couch-to-5K has three sessions where three fit.
    @Test func theSmallerDefects() {
        let history = weeks(before: sunday.adding(days: -6), [(1, 8), (3, 8), (6, 14)])
        let monday = PlanOptions(longRunDay: .mon, weeks: 4)
        let plan = makePlan(runs: history, today: sunday.adding(days: -3), options: monday)
        expectEveryRule(history, sunday.adding(days: -3), monday, plan)
        let days = plan.weeks.flatMap(\.days)
        for (day, next) in zip(days, days.dropFirst()) where next.sessions.contains(where: { $0.kind == .longRun }) {
            #expect(!day.sessions.contains { $0.kind == .backCare }, "\(day.date)")
        }
        for week in plan.weeks where week.index >= 1 && week.plannedMeters < week.targetMeters - 600 {
            #expect(week.isHeldBelowTarget, "week \(week.index)")
        }
        // 17 km a week, then --start 40 days after the last run: a return plan, not Couch-to-5K.
        let seventeen = weeks(before: sunday.adding(days: -6), [(2, 5), (4, 5), (6, 7)])
        let later = PlanOptions(weeks: 3, start: sunday.adding(days: 40))
        let returning = makePlan(runs: seventeen, today: sunday, options: later)
        #expect(returning.mode == .return)
        expectEveryRule(seventeen, sunday, later, returning)
        // Saturday, Monday and Wednesday: three Couch-to-5K sessions every whole week.
        let beginner = PlanOptions(weekdays: [.sat, .sun, .mon, .wed])
        let couch = makePlan(runs: [], today: sunday, options: beginner)
        #expect(couch.weeks.filter { $0.index >= 1 }.allSatisfy { $0.days.filter(\.hasRun).count == 3 })
        expectEveryRule([], sunday, beginner, couch)
    }
}
