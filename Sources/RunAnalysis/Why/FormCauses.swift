import RunModel

/// Form: the step rate at the runner's easy pace over 12 weeks, and its drop late in long runs.
enum FormCauses {
    static let trendWeeks = 12
    /// A drop of this share of the step rate counts (about 3 steps/min at 165).
    static let meaningfulDrop = 0.02
    /// Long runs: at least this many active seconds (40 minutes).
    static let longRunSeconds = 2_400.0
    static let evidence =
        "A higher step rate lowers knee and hip loading in studies; whether it prevents injury is unproven."

    /// Runs at the runner's easy pace: within 10 % of the median speed of the runs with a step rate,
    /// and not flagged "not easy".
    static func easyPaceRuns(_ runs: [AnalyzedRun]) -> [AnalyzedRun] {
        let measured = runs.filter { $0.figures.form.stepRateSpm != nil && $0.movingSeconds > 0 }
        guard let typical = median(measured.map { $0.distanceMeters / $0.movingSeconds }), typical > 0 else {
            return []
        }
        return measured.filter { run in
            abs(run.distanceMeters / run.movingSeconds / typical - 1) <= 0.10 && run.figures.notEasy != true
        }
    }

    static func stepRateTrend(_ context: WhyAnalysis.Context) -> Cause {
        let title = "Step rate at easy pace"
        let since = context.today.monday.adding(days: -7 * (trendWeeks - 1))
        let runs = easyPaceRuns(context.all.filter { $0.day >= since && $0.day <= context.today })
        let plan = "The plan does not change for step rate; the cue is yours to try."
        guard runs.count >= 4 else {
            return Cause(
                id: "step-rate", title: title, verdict: .unknown,
                finding: "Only \(runs.count) run(s) at easy pace in the last \(trendWeeks) weeks record cadence: "
                    + "the trend needs 4.",
                evidence: evidence, action: "", plan: plan)
        }
        let half = runs.count / 2
        let early = median(runs.prefix(half).compactMap(\.figures.form.stepRateSpm)) ?? 0
        let late = median(runs.suffix(half).compactMap(\.figures.form.stepRateSpm)) ?? 0
        let dropped = early > 0 && late < early * (1 - meaningfulDrop)
        return Cause(
            id: "step-rate", title: title, verdict: dropped ? .flagged : .clear,
            finding: "At your easy pace, your step rate went from \(WhyAnalysis.whole(early)) to "
                + "\(WhyAnalysis.whole(late)) steps/min over the last \(trendWeeks) weeks (\(runs.count) runs).",
            evidence: evidence, action: dropped ? cue(late) : "", plan: plan)
    }

    static func lateDrop(_ context: WhyAnalysis.Context) -> Cause {
        let title = "Step rate dropping late in long runs"
        let long = context.window.filter {
            $0.figures.activeSeconds >= longRunSeconds && $0.figures.firstThird.stepRateSpm != nil
                && $0.figures.lastThird.stepRateSpm != nil
        }
        let plan = "The plan keeps long runs within their cap; it does not lengthen them for form."
        guard long.count >= 2 else {
            return Cause(
                id: "late-step-rate", title: title, verdict: .unknown,
                finding:
                    "Only \(long.count) run(s) of 40 minutes or more record cadence in these weeks: the comparison "
                    + "needs 2.",
                evidence: evidence, action: "", plan: plan)
        }
        let drops = long.map { run -> Double in
            let first = run.figures.firstThird.stepRateSpm ?? 0
            return first > 0 ? 1 - (run.figures.lastThird.stepRateSpm ?? 0) / first : 0
        }
        let typicalDrop = median(drops) ?? 0
        let flagged = typicalDrop >= meaningfulDrop
        let last = long[long.count - 1].figures
        var finding =
            "In your \(long.count) long runs, the last third's step rate was typically "
            + "\(WhyAnalysis.percent(-typicalDrop)) against the first third (last: "
            + "\(WhyAnalysis.whole(last.firstThird.stepRateSpm ?? 0)) → \(WhyAnalysis.whole(last.lastThird.stepRateSpm ?? 0)) steps/min)."
        if let before = last.firstThird.groundContactMs, let after = last.lastThird.groundContactMs {
            finding += " Ground contact: \(WhyAnalysis.whole(before)) → \(WhyAnalysis.whole(after)) ms."
        } else {
            finding += " No running dynamics (ground contact, vertical oscillation) in these files to say more."
        }
        return Cause(
            id: "late-step-rate", title: title, verdict: flagged ? .flagged : .clear, finding: finding,
            evidence: evidence,
            action: flagged
                ? "When you tire late in a long run, think quicker, shorter steps; "
                    + cue(last.lastThird.stepRateSpm ?? 0) : "",
            plan: plan)
    }

    /// The opt-in cue: about +5 % of the current step rate, never a fixed target.
    static func cue(_ stepRate: Double) -> String {
        "opt in to a cue of about +5 % (from \(WhyAnalysis.whole(stepRate)) to \(WhyAnalysis.whole(stepRate * 1.05)) "
            + "steps/min, a metronome app helps) on one easy run a week; there is no ideal number such as 180."
    }
}
