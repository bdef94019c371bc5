public import RunAnalysis
public import RunModel

/// One run of `runramp runs --json` with its figures (docs/json-output.md): the run's own keys, then
/// `trimp`, `share_above_easy`, `easy_ceiling_bpm`, `step_rate_spm`, `ground_contact_ms`,
/// `vertical_oscillation_mm`, `vertical_ratio_percent`, `rpe`, `session_rpe_load`, `load` (null where
/// the run cannot say) and `anchors`.
public struct RunWithFigures: Encodable, Sendable {
    public var run: Run
    public var figures: RunFigures?
    public var anchors: HeartRateAnchors

    public init(run: Run, figures: RunFigures?, anchors: HeartRateAnchors) {
        self.run = run
        self.figures = figures
        self.anchors = anchors
    }

    enum Keys: String, CodingKey {
        case trimp, shareAboveEasy, easyCeilingBpm, stepRateSpm, groundContactMs, verticalOscillationMm
        case verticalRatioPercent, rpe, sessionRpeLoad, load, anchors
    }

    public func encode(to encoder: any Encoder) throws {
        try run.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        let form = figures?.form
        // Explicit nulls: scripts can rely on every key being there.
        try container.encode(figures?.trimp, forKey: .trimp)
        try container.encode(figures?.shareAboveEasy, forKey: .shareAboveEasy)
        try container.encode(figures?.easyCeilingBpm, forKey: .easyCeilingBpm)
        try container.encode(form?.stepRateSpm, forKey: .stepRateSpm)
        try container.encode(form?.groundContactMs, forKey: .groundContactMs)
        try container.encode(form?.verticalOscillationMm, forKey: .verticalOscillationMm)
        try container.encode(form?.verticalRatioPercent, forKey: .verticalRatioPercent)
        try container.encode(figures?.rpe, forKey: .rpe)
        try container.encode(figures?.sessionRPELoad, forKey: .sessionRpeLoad)
        try container.encode(figures?.load, forKey: .load)
        try container.encode(anchors, forKey: .anchors)
    }
}
