import Foundation
import Planner
import RunModel
import Testing

/// The single-plan rules (docs/planning-rules.md, "Single plans") over 3,200 fixed seeds of situations aimed at them,
/// counted per class of defect. A failure names its seed; replay one with
/// `SINGLE_PLAN_SEED=1234 swift test --filter SinglePlanPropertyTests`.
@Suite struct SinglePlanPropertyTests {
    static var seeds: [UInt64] {
        if let text = ProcessInfo.processInfo.environment["SINGLE_PLAN_SEED"], let seed = UInt64(text) {
            return [seed]
        }
        return Array(0..<3_200)
    }

    @Test func everySinglePlanRuleHoldsForAimedHistories() {
        var counts: [SinglePlanInvariants.Rule: Int] = [:]
        var shown: [SinglePlanInvariants.Rule: Int] = [:]
        var modes: [PlanMode: Int] = [:]
        for seed in Self.seeds {
            let generated = SinglePlanCases.make(seed: seed)
            let plan = makePlan(runs: generated.runs, today: generated.today, options: generated.options)
            modes[plan.mode, default: 0] += 1
            let problems = SinglePlanInvariants(
                runs: generated.runs, today: generated.today, options: generated.options, plan: plan
            ).violations()
            // Counted once per plan and class.
            for rule in Set(problems.map(\.rule)) {
                counts[rule, default: 0] += 1
                shown[rule, default: 0] += 1
                if shown[rule, default: 0] <= 2, let first = problems.first(where: { $0.rule == rule }) {
                    Issue.record("\(rule): \(first.message)\n  \(generated)\n  replay: SINGLE_PLAN_SEED=\(seed)")
                }
            }
        }
        let summary = SinglePlanInvariants.Rule.allCases.map { "\($0.rawValue) \(counts[$0, default: 0])" }
        print("single-plan violations over \(Self.seeds.count) seeds: \(summary.joined(separator: ", "))")
        #expect(counts.values.reduce(0, +) == 0, "\(summary)")
        if Self.seeds.count > 1 {
            // The aimed cases reach build, return, hold and beginner plans.
            for mode in [PlanMode.build, .return, .hold, .beginner] {
                #expect(modes[mode, default: 0] > 50, "mode \(mode) reached \(modes[mode, default: 0]) times")
            }
        }
    }

    /// The same rules over the general generator's histories (every shape, junk included).
    @Test func everySinglePlanRuleHoldsForGeneralHistories() {
        var counts: [SinglePlanInvariants.Rule: Int] = [:]
        for seed in UInt64(0)..<1_500 {
            let generated = HistoryGenerator.make(seed: seed)
            let plan = makePlan(runs: generated.runs, today: generated.today, options: generated.options)
            let problems = SinglePlanInvariants(
                runs: generated.runs, today: generated.today, options: generated.options, plan: plan
            ).violations()
            for rule in Set(problems.map(\.rule)) {
                counts[rule, default: 0] += 1
                if counts[rule, default: 0] <= 1, let first = problems.first(where: { $0.rule == rule }) {
                    Issue.record("\(rule): \(first.message)\n  \(generated)\n  replay: PLANNER_SEED=\(seed)")
                }
            }
        }
        let summary = SinglePlanInvariants.Rule.allCases.map { "\($0.rawValue) \(counts[$0, default: 0])" }
        print("single-plan violations over 1500 general seeds: \(summary.joined(separator: ", "))")
        #expect(counts.values.reduce(0, +) == 0, "\(summary)")
    }
}
