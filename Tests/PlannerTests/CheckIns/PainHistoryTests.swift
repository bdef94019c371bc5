import Foundation
import Planner
import RunModel
import TestSupport
import Testing

/// The check-in rule (docs/weekly-loop.md) as properties over generated histories. A failure
/// names its seed; replay one with `CHECKIN_SEED=12 swift test --filter PainHistoryTests`.
@Suite struct PainHistoryTests {
    static var seeds: [UInt64] {
        if let text = ProcessInfo.processInfo.environment["CHECKIN_SEED"], let seed = UInt64(text) { return [seed] }
        return Array(0..<2_000)
    }

    @Test func aPauseStandsUntilClearedOrSevenPainFreeDaysWithoutWarningSigns() {
        var stopped = 0
        var lifted = 0
        for seed in Self.seeds {
            let checkIns = CheckInGenerator.make(seed: seed)
            guard let last = checkIns.last else { continue }
            let oracle = CheckInOracle(checkIns: checkIns)
            let state = PainHistory.state(of: checkIns, today: last.day)
            let isStopped = state.standing == .paused || state.standing == .urgent
            #expect(isStopped == oracle.isStopped, "seed \(seed): \(state.standing)")
            if oracle.isStopped {
                stopped += 1
                #expect(state.effectivePain.backPain == .persistent, "seed \(seed)")
                if let p = oracle.lastPause, checkIns[p].isUrgent { #expect(state.standing == .urgent, "seed \(seed)") }
            } else if let p = oracle.lastPause, let l = oracle.lift(after: p) {
                lifted += 1
                #expect(state.resumption?.liftedOn == checkIns[l].day, "seed \(seed)")
                #expect(state.resumption?.byClearance == checkIns[l].isCleared, "seed \(seed)")
            }
        }
        if Self.seeds.count > 1 {
            #expect(stopped > 100)
            #expect(lifted > 100)
        }
    }

    @Test func mildPainHoldsAndSaysItPersistsAfterFourteenDays() {
        var persisting = 0
        for seed in Self.seeds {
            let checkIns = CheckInGenerator.make(seed: seed)
            guard let last = checkIns.last else { continue }
            let oracle = CheckInOracle(checkIns: checkIns)
            let state = PainHistory.state(of: checkIns, today: last.day)
            guard !oracle.isStopped else { continue }
            let mildDays = oracle.trailingMildDays
            #expect((state.standing == .hold) == (mildDays > 0), "seed \(seed): \(state.standing)")
            #expect(state.mildDays == mildDays, "seed \(seed)")
            #expect(state.mildPainPersists == (mildDays >= 14), "seed \(seed)")
            if state.mildPainPersists { persisting += 1 }
        }
        if Self.seeds.count > 1 { #expect(persisting > 20) }
    }

    @Test func laterCheckInsAreIgnoredAndOrderOfDaysDecides() {
        for seed in Self.seeds.prefix(500) {
            let checkIns = CheckInGenerator.make(seed: seed)
            guard let last = checkIns.last else { continue }
            let today = last.day
            var rng = SplitMix64(plannerSeed: seed)
            // Given in any order, check-ins of different days give the same state.
            let byDay = Dictionary(grouping: checkIns, by: \.day).values.compactMap(\.last)
            let sorted = byDay.sorted { $0.day < $1.day }
            #expect(
                PainHistory.state(of: byDay.shuffled(using: &rng), today: today)
                    == PainHistory.state(of: sorted, today: today))
            // A red flag after today changes nothing today.
            let future = CheckIn(day: today.adding(days: 1), backPain: .persistent, symptoms: [.bothLegs])
            #expect(
                PainHistory.state(of: checkIns + [future], today: today)
                    == PainHistory.state(of: checkIns, today: today))
        }
    }

    @Test func aStandingPausePlansNoRunningWhateverTheHistory() {
        for seed in UInt64(0)..<400 {
            let generated = HistoryGenerator.make(seed: seed)
            let pausedOn = generated.today.adding(days: -Int(seed % 6))
            var options = generated.options
            options.backPain = .none
            options.symptoms = []
            options.checkIns = [CheckIn(day: pausedOn, backPain: .persistent, symptoms: [.numbness])]
            // Pain-free check-ins on fewer than seven days do not lift it.
            for k in 1..<6 where pausedOn.adding(days: k) <= generated.today {
                options.checkIns.append(CheckIn(day: pausedOn.adding(days: k), backPain: .none))
            }
            let plan = makePlan(runs: generated.runs, today: generated.today, options: options)
            #expect(plan.mode == .paused, "seed \(seed)")
            #expect(plan.weeks.flatMap(\.days).flatMap(\.sessions).allSatisfy { !$0.kind.isRun }, "seed \(seed)")
        }
    }

    /// Four steady weeks of 30 km, Monday 2026-11-02 to Sunday 2026-11-29.
    static let fourWeeksOf30Kilometers: [Run] = (0..<4).flatMap { week in
        [(1, 7.0), (3, 7.0), (4, 6.0), (6, 10.0)].map { offset, km in
            TestRuns.run(on: TestRuns.day("2026-11-02").adding(days: 7 * week + offset), kilometers: km)
        }
    }

    @Test func clearanceRestartsAsAReturnPlanFromThePause() {
        let today = TestRuns.day("2026-12-16")
        // Four steady weeks of 30 km ending on 2026-11-29, then the pause on 2026-12-01.
        let runs = Self.fourWeeksOf30Kilometers
        var options = PlanOptions()
        options.checkIns = [
            CheckIn(day: TestRuns.day("2026-12-01"), backPain: .persistent, symptoms: [.tingling]),
            CheckIn(day: TestRuns.day("2026-12-15"), backPain: .none, isCleared: true),
        ]
        let plan = makePlan(runs: runs, today: today, options: options)
        #expect(plan.mode == .return)
        // Half of the 30 km weeks before the break.
        #expect(plan.weeks.first?.targetMeters == 15_000)
        #expect(plan.advisories.contains { $0.title == "Running again after the pause of 2026-12-01" })
        // Without the clearance the pause stands.
        options.checkIns.removeLast()
        #expect(makePlan(runs: runs, today: today, options: options).mode == .paused)
    }

    /// A pause shorter than a return plan's break (eight days without running): lifted, it still
    /// restarts as a return plan, its break counted from the pause to the first planned day.
    @Test func aShortLiftedPauseStillRestartsAsAReturnPlan() {
        let today = TestRuns.day("2026-12-07")  // a Monday: week 1 starts today
        let runs = Self.fourWeeksOf30Kilometers
        var options = PlanOptions()
        options.checkIns = [
            CheckIn(day: TestRuns.day("2026-11-30"), backPain: .persistent, symptoms: [.tingling]),
            CheckIn(day: TestRuns.day("2026-12-05"), backPain: .none, isCleared: true),
        ]
        let plan = makePlan(runs: runs, today: today, options: options)
        #expect(plan.mode == .return)
        // Eight days off: one week at half of the 30 km weeks, one at three quarters.
        #expect(plan.weeks.prefix(2).map(\.targetMeters) == [15_000, 22_500])
        #expect(plan.advisories.contains { $0.title == "Welcome back after 8 days without running" })
        #expect(plan.advisories.contains { $0.title == "Running again after the pause of 2026-11-30" })
        // Without check-ins the same history plans a build plan.
        options.checkIns = []
        #expect(makePlan(runs: runs, today: today, options: options).mode == .build)
    }

    @Test func holdSaysToStopIfThePainSpreadsAndPersistentMildPainSaysSeeSomeone() {
        let runs = TestRuns.workedExampleRuns
        var options = PlanOptions()
        options.checkIns = [
            CheckIn(day: TestRuns.day("2026-11-10"), backPain: .mild),
            CheckIn(day: TestRuns.day("2026-11-23"), backPain: .mild),
        ]
        let plan = makePlan(runs: runs, today: TestRuns.day("2026-11-23"), options: options)
        #expect(plan.mode == .hold)
        let titles = plan.advisories.map(\.title)
        #expect(titles.contains("Stop and get checked if the pain worsens or spreads into a leg"))
        #expect(titles.contains("Your back pain persists: see a doctor or physiotherapist"))
        options.checkIns[0].day = TestRuns.day("2026-11-11")
        let shorter = makePlan(runs: runs, today: TestRuns.day("2026-11-23"), options: options)
        #expect(!shorter.advisories.map(\.title).contains("Your back pain persists: see a doctor or physiotherapist"))
    }
}
