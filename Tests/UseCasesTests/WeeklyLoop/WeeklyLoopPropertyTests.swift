import Foundation
import Testing

/// The weekly loop lived by many seeded runners (docs/weekly-loop.md): every promise checked on every
/// planning day. `LOOP_SEED=123 swift test --filter WeeklyLoopPropertyTests` replays one runner and
/// prints each violation; `LOOP_RUNNERS=N` changes how many runners live the loop; `LOOP_TRACE=1` with a seed
/// prints the plan in force on every Sunday lived (mode, week, lighter weeks); `LOOP_PRINT=1` prints every violation
/// with its runner. The runners are lived in batches of 100, which run in parallel.
@Suite struct WeeklyLoopPropertyTests {
    /// Runners lived by default: 42,080 runner-weeks.
    static let defaultRunners = 2_000
    /// Runners per test case.
    static let batchSize = 100

    /// The seeds lived, in batches: 1000, 1001, … (or the one of `LOOP_SEED`).
    static var batches: [[UInt64]] {
        let environment = ProcessInfo.processInfo.environment
        if let seed = environment["LOOP_SEED"].flatMap(UInt64.init) { return [[seed]] }
        let count = environment["LOOP_RUNNERS"].flatMap(Int.init) ?? defaultRunners
        return stride(from: 0, to: count, by: batchSize).map { start in
            (start..<min(start + batchSize, count)).map { 1_000 + UInt64($0) }
        }
    }

    @Test(arguments: batches)
    func everyPromiseHoldsOnEveryWeekOfTheLoop(seeds: [UInt64]) throws {
        var counts: [LoopChecker.Rule: Int] = [:]
        var examples: [LoopChecker.Rule: LoopChecker.Violation] = [:]
        var weeks = 0
        for seed in seeds {
            let runner = SimulatedRunner(seed: seed)
            weeks += runner.weeks
            let violations = try LoopSimulation.violations(seed: seed)
            for violation in violations {
                counts[violation.rule, default: 0] += 1
                if examples[violation.rule] == nil { examples[violation.rule] = violation }
                if seeds.count == 1 || ProcessInfo.processInfo.environment["LOOP_PRINT"] != nil { print(violation) }
            }
            if seeds.count == 1 || (ProcessInfo.processInfo.environment["LOOP_PRINT"] != nil && !violations.isEmpty) {
                print(runner)
            }
        }
        print("weekly loop: \(seeds.count) runners from \(seeds.first ?? 0), \(weeks) runner-weeks")
        for rule in LoopChecker.Rule.allCases {
            print("  \(rule.rawValue): \(counts[rule] ?? 0)\(examples[rule].map { " e.g. \($0)" } ?? "")")
        }
        // Every promise, on every planning day of every runner (docs/weekly-loop.md, "Rules over the whole loop").
        for rule in LoopChecker.Rule.allCases {
            #expect(counts[rule] ?? 0 == 0, "\(rule.rawValue): \(examples[rule].map(String.init(describing:)) ?? "")")
        }
    }

    /// Runners whose defects were fixed, replayed on every run: 1008, a seven-day runner whose pattern was dropped
    /// whole for the rest day after the long run; 1017, a one-day runner whose lighter week halved its run to 2.4 km
    /// and fell to Couch-to-5K; 2339, a one-day runner with a goal whose week after a lighter week beyond the stored
    /// plan fell below it; 1058, a one-day runner whose lighter week's target is the goal (a lighter week reaches no
    /// goal: the week after it may be below); 1205, a return whose second break made the few kilometres between the
    /// breaks its base; 1278, a return whose week after a lighter week fell to last week's 2.8 km; 1983, a runner back
    /// from a break who ran once before planning and was sent to Couch-to-5K; 2283, a seven-day pattern cut for a
    /// long run 0.1 km over its share; 2491, a weekend return of two easy 2.7 km runs taken for a beginner's week.
    @Test(arguments: [1_008, 1_017, 1_058, 2_339, 1_205, 1_278, 1_983, 2_283, 2_491] as [UInt64])
    func fixedRunnersKeepEveryPromise(seed: UInt64) throws {
        let violations = try LoopSimulation.violations(seed: seed)
        #expect(violations.isEmpty, "\(violations.prefix(3))")
    }
}
