import Foundation
import Testing

/// The weekly loop lived by many seeded runners (docs/weekly-loop.md): every promise checked on every
/// planning day. `LOOP_SEED=123 swift test --filter WeeklyLoopPropertyTests` replays one runner and
/// prints each violation; `LOOP_RUNNERS=N` changes how many runners live the loop; `LOOP_TRACE=1` with a seed
/// prints the plan in force on every Sunday lived (mode, week, lighter weeks); `LOOP_PRINT=1` prints every violation
/// with its runner.
@Suite struct WeeklyLoopPropertyTests {
    /// Runners lived by default: 2,079 runner-weeks.
    static let defaultRunners = 100

    /// The promises the loop keeps today; the others are counted and printed (docs/weekly-loop.md,
    /// "Rules over the whole loop").
    static let kept: Set<LoopChecker.Rule> = [
        .growth, .runCap, .reviewVerdict, .reviewFigures, .pauses, .lighterWeeks, .shortRuns, .memory, .determinism,
        .midWeekReplan, .goal, .couchToFiveK,
    ]

    static var seeds: [UInt64] {
        let environment = ProcessInfo.processInfo.environment
        if let seed = environment["LOOP_SEED"].flatMap(UInt64.init) { return [seed] }
        let count = environment["LOOP_RUNNERS"].flatMap(Int.init) ?? defaultRunners
        return (0..<UInt64(count)).map { 1_000 + $0 }
    }

    @Test func everyPromiseHoldsOnEveryWeekOfTheLoop() throws {
        var counts: [LoopChecker.Rule: Int] = [:]
        var examples: [LoopChecker.Rule: LoopChecker.Violation] = [:]
        var weeks = 0
        let seeds = Self.seeds
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
        print("weekly loop: \(seeds.count) runners, \(weeks) runner-weeks")
        for rule in LoopChecker.Rule.allCases {
            print("  \(rule.rawValue): \(counts[rule] ?? 0)\(examples[rule].map { " e.g. \($0)" } ?? "")")
        }
        for rule in Self.kept {
            #expect(counts[rule] ?? 0 == 0, "\(rule.rawValue): \(examples[rule].map(String.init(describing:)) ?? "")")
        }
    }

    /// Runners whose defects were fixed, replayed with every rule required (the counted ones too): 1008, a seven-day runner whose pattern was dropped whole for the rest day after the long
    /// run; 1017, a one-day runner whose lighter week halved its run to 2.4 km and fell to Couch-to-5K; 2339, a one-day
    /// runner with a goal whose week after a lighter week beyond the stored plan fell below it; 1058, a one-day runner
    /// whose lighter week's target is the goal (a lighter week reaches no goal: the week after it may be below).
    @Test(arguments: [1_008, 1_017, 1_058, 2_339] as [UInt64])
    func fixedRunnersKeepEveryPromise(seed: UInt64) throws {
        let violations = try LoopSimulation.violations(seed: seed)
        #expect(violations.isEmpty, "\(violations.prefix(3))")
    }
}
