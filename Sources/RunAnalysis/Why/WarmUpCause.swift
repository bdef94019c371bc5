import RunModel

/// Warm-ups skipped: runs that start at full pace, acted on as a pattern (3 of the last 5).
enum WarmUpCause {
    static func warmUps(_ context: WhyAnalysis.Context) -> Cause {
        let measured = context.window.filter { $0.figures.warmUp?.startedAtFullPace != nil }
        let last = measured.suffix(WhyAnalysis.patternOf.of)
        let evidence = "Warming up is standard advice; trials of warm-ups against running injuries are mixed."
        let plan = "Every planned run starts with its warm-up."
        guard last.count >= WhyAnalysis.patternOf.count else {
            return Cause(
                id: "warm-up", title: "Warm-ups skipped", verdict: .unknown,
                finding: "Only \(measured.count) run(s) of 20 minutes or more record distance over time; the "
                    + "pattern needs \(WhyAnalysis.patternOf.count).",
                evidence: evidence, action: "", plan: plan)
        }
        let fast = last.filter { $0.figures.warmUp?.startedAtFullPace == true }
        let flagged = fast.count >= WhyAnalysis.patternOf.count
        return Cause(
            id: "warm-up", title: "Warm-ups skipped", verdict: flagged ? .flagged : .clear,
            finding: "\(fast.count) of your last \(last.count) runs started at full pace (the first 10 minutes at "
                + "98 % or more of the rest's speed).",
            evidence: evidence,
            action: flagged ? "Walk 5 minutes, then run the first 10 minutes clearly slower than the rest." : "",
            plan: plan)
    }
}
