import RunModel

/// Easy runs that were not easy: acted on only as a pattern, 3 of the last 5 runs that can say.
enum IntensityCause {
    static func easyRuns(_ context: WhyAnalysis.Context) -> Cause {
        let title = "Easy runs that were not easy"
        let evidence =
            "Easy running keeps the load moderate: training convention; that it prevents back pain is unproven."
        let plan = "The plan's runs are all easy or long, at a conversational effort; heart rate never adds volume."
        guard let ceiling = context.anchors.easyCeiling else {
            return Cause(
                id: "easy-runs", title: title, verdict: .unknown,
                finding: "No maximum or threshold heart rate is known, so there is no easy ceiling: set one with "
                    + "`runramp settings --max-hr N` (or import runs with heart rate).",
                evidence: evidence, action: "", plan: plan)
        }
        let measured = context.window.filter { $0.figures.notEasy != nil }
        let last = measured.suffix(WhyAnalysis.patternOf.of)
        let hard = last.filter { $0.figures.notEasy == true }
        guard last.count >= WhyAnalysis.patternOf.count else {
            return Cause(
                id: "easy-runs", title: title, verdict: .unknown,
                finding: "Only \(measured.count) run(s) in these weeks have 20 minutes of clean heart rate; "
                    + "the pattern needs at least \(WhyAnalysis.patternOf.count).",
                evidence: evidence, action: "", plan: plan)
        }
        let flagged = hard.count >= WhyAnalysis.patternOf.count
        let shares = last.compactMap(\.figures.shareAboveEasy).map { WhyAnalysis.whole($0 * 100) + " %" }
        return Cause(
            id: "easy-runs", title: title, verdict: flagged ? .flagged : .clear,
            finding: "\(hard.count) of your last \(last.count) runs spent more than 20 % of the time after the first "
                + "10 minutes above your easy ceiling of \(WhyAnalysis.whole(ceiling.bpm)) bpm "
                + "(\(shares.joined(separator: ", ")) above).",
            evidence: evidence,
            action: flagged
                ? "Slow down on easy runs until you can speak in full sentences; keep under "
                    + "\(WhyAnalysis.whole(ceiling.bpm)) bpm after the warm-up, walking uphill if you must." : "",
            plan: plan)
    }
}
