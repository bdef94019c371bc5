import Foundation
import Planner
import RunModel
import Testing

/// Every rule of docs/planning-rules.md over thousands of generated histories. A failure names its seed; replay one with
/// `PLANNER_SEED=1234 swift test --filter PlanPropertyTests`.
@Suite struct PlanPropertyTests {
    static var seeds: [UInt64] {
        if let text = ProcessInfo.processInfo.environment["PLANNER_SEED"], let seed = UInt64(text) { return [seed] }
        return Array(0..<3_000)
    }

    @Test func everyInvariantHoldsForGeneratedHistories() {
        var failures = 0
        var modes: [PlanMode: Int] = [:]
        for seed in PlanPropertyTests.seeds {
            let generated = HistoryGenerator.make(seed: seed)
            let plan = makePlan(runs: generated.runs, today: generated.today, options: generated.options)
            modes[plan.mode, default: 0] += 1
            let problems = PlanInvariants(
                runs: generated.runs, today: generated.today, options: generated.options, plan: plan
            )
            .violations()
            if !problems.isEmpty {
                failures += 1
                if failures <= 5 {
                    let detail = problems.prefix(5).joined(separator: "\n  ")
                    Issue.record("\(generated)\n  \(detail)\n  replay: PLANNER_SEED=\(seed)")
                }
            }
        }
        #expect(failures == 0, "\(failures) failing seeds")
        if PlanPropertyTests.seeds.count > 1 {
            // The generator reaches every mode, so each invariant is exercised.
            for mode in PlanMode.allCases {
                #expect(modes[mode, default: 0] > 20, "mode \(mode) reached \(modes[mode, default: 0]) times")
            }
        }
    }

    @Test func planningIsDeterministicAndOrderIndependent() {
        for seed in UInt64(0)..<200 {
            let generated = HistoryGenerator.make(seed: seed)
            let a = makePlan(runs: generated.runs, today: generated.today, options: generated.options)
            let b = makePlan(runs: generated.runs.reversed(), today: generated.today, options: generated.options)
            #expect(a == b, "seed \(seed)")
        }
    }
}
