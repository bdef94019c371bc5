import Foundation
import Planner
import RunImport
import RunModel
import Testing
import TrainingLog
import UseCases

/// `--goal` over the weekly loop (docs/planning-rules.md, "A goal"; docs/weekly-loop.md): ramps to the goal,
/// then holds there with every fourth week lighter; remembered by later plans until changed, not by a dry run.
@Suite struct GoalTests {
    static let firstMonday = CalendarDay("2026-11-02") ?? CalendarDay(daysSinceEpoch: 0)
    static let now = Date(timeIntervalSince1970: 0)

    /// A log with four weeks of 6 + 6 + 5 + 10 km (Tue, Thu, Sat, Sun) before `firstMonday`.
    static func steadyLog() throws -> LogDatabase {
        let log = try LogDatabase.inMemory()
        var runs: [(CalendarDay, Double)] = []
        for week in 1...4 {
            let monday = firstMonday.adding(days: -7 * week)
            runs += [(1, 6.0), (3, 6.0), (5, 5.0), (6, 10.0)].map { (monday.adding(days: $0.0), $0.1) }
        }
        try record(runs, in: log)
        return log
    }

    static func record(_ runs: [(CalendarDay, Double)], in log: LogDatabase) throws {
        let files = runs.map { day, km in
            let id = "goal-\(day)-\(km)"
            let run = Run(
                id: id, source: RunSource(path: "\(id).fit", format: .fit, contentHash: id), sport: .running,
                start: day.startDate.addingTimeInterval(7 * 3600), utcOffsetSeconds: 0, elapsedSeconds: km * 360 + 30,
                movingSeconds: km * 360, distanceMeters: km * 1000)
            return IncomingFile(path: run.source.path, contentHash: id, content: .run(run))
        }
        _ = try log.record(files, now: now)
    }

    static func plan(
        _ log: LogDatabase, on day: CalendarDay, goal: GoalChoice = .keep, remembers: Bool = true, weeks: Int = 6
    ) throws -> Plan {
        let options = PlanOptions(weekdays: [.tue, .thu, .sat, .sun], longRunDay: .sun, weeks: weeks)
        return try PlanAndRemember.make(
            PlanRequest(today: day, options: options, dryRun: !remembers, goal: goal), log: log, now: now
        ).plan
    }

    /// Does every planned run of the plan's first week as planned.
    static func live(_ plan: Plan, in log: LogDatabase) throws {
        guard let week = plan.weeks.first else { return }
        let runs = week.days.flatMap { day in
            day.sessions.compactMap { session in session.distanceMeters.map { (day.date, $0 / 1000) } }
        }
        try record(runs, in: log)
    }

    @Test func aGoalIsReachedByTheUsualRampAndThenHeldWithLighterWeeks() throws {
        let log = try Self.steadyLog()
        let plan = try Self.plan(log, on: Self.firstMonday, goal: .set(meters: 32_000))
        // 27 km a week: 29.7 (1.10 × 27, floored to 0.1 km), then the goal, held; the fourth week lighter (0.75 × 32).
        #expect(plan.weeks.map(\.targetMeters) == [29_700, 32_000, 32_000, 24_000, 32_000, 32_000])
        #expect(plan.weeks.map(\.isCutback) == [false, false, false, true, false, false])
        #expect(plan.options.goalMeters == 32_000)
    }

    @Test func laterPlansKeepTheGoalUntilItIsChangedOrDropped() throws {
        let log = try Self.steadyLog()
        var plan = try Self.plan(log, on: Self.firstMonday, goal: .set(meters: 32_000))
        var targets: [Double] = []
        for week in 1...7 {
            try Self.live(plan, in: log)
            plan = try Self.plan(log, on: Self.firstMonday.adding(days: 7 * week))
            #expect(plan.options.goalMeters == 32_000, "week \(week)")
            targets.append(plan.weeks[0].targetMeters)
        }
        // Lived week by week: up to the goal, held, every fourth week of the cycle lighter.
        #expect(targets == [32_000, 32_000, 24_000, 32_000, 32_000, 32_000, 24_000])
        let dropped = try Self.plan(log, on: Self.firstMonday.adding(days: 49), goal: .clear)
        #expect(dropped.options.goalMeters == nil)
        #expect(dropped.weeks.contains { $0.targetMeters > 32_000 })
        let after = try Self.plan(log, on: Self.firstMonday.adding(days: 49))
        #expect(after.options.goalMeters == nil)
    }

    @Test func aDryRunGoalIsNotRemembered() throws {
        let log = try Self.steadyLog()
        _ = try Self.plan(log, on: Self.firstMonday, goal: .set(meters: 30_000), remembers: false)
        #expect(try Self.plan(log, on: Self.firstMonday).options.goalMeters == nil)
    }

    @Test func aGoalBelowTheRecentWeeksHoldsTheRunnerThere() throws {
        let log = try Self.steadyLog()
        let plan = try Self.plan(log, on: Self.firstMonday, goal: .set(meters: 20_000))
        #expect(plan.weeks.allSatisfy { $0.targetMeters <= 20_000 })
        #expect(plan.weeks.filter { !$0.isCutback }.allSatisfy { $0.targetMeters == 20_000 })
    }
}
