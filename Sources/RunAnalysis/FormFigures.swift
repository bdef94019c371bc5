import RunModel

/// Running form over a stretch of a run: medians over its moving samples; nil where not recorded.
public struct FormFigures: Sendable, Hashable, Codable {
    /// Steps per minute (both feet).
    public var stepRateSpm: Double?
    public var groundContactMs: Double?
    public var verticalOscillationMm: Double?
    public var verticalRatioPercent: Double?

    public init(
        stepRateSpm: Double? = nil, groundContactMs: Double? = nil, verticalOscillationMm: Double? = nil,
        verticalRatioPercent: Double? = nil
    ) {
        self.stepRateSpm = stepRateSpm
        self.groundContactMs = groundContactMs
        self.verticalOscillationMm = verticalOscillationMm
        self.verticalRatioPercent = verticalRatioPercent
    }

    /// True when no form figure was recorded.
    public var isEmpty: Bool {
        stepRateSpm == nil && groundContactMs == nil && verticalOscillationMm == nil && verticalRatioPercent == nil
    }

    /// Moving samples: speed ≥ 1.0 m/s when the file records speed, else a step rate above 0.
    static func movingMask(_ timeline: Timeline) -> [Bool] {
        let recordsSpeed = timeline.samples.contains { $0.speedMetersPerSecond != nil }
        return (0..<timeline.count).map { index in
            if recordsSpeed { return (timeline.samples[index].speedMetersPerSecond ?? 0) >= 1.0 }
            return (timeline.stepRate[index] ?? 0) > 0
        }
    }

    /// The medians over the samples of `timeline` whose index passes `include` and that are moving.
    static func measure(_ timeline: Timeline, moving: [Bool], include: (Int) -> Bool) -> FormFigures {
        let indices = (0..<timeline.count).filter { moving[$0] && include($0) }
        func positive(_ values: [Double?]) -> [Double] { values.compactMap { $0 }.filter { $0 > 0 && $0.isFinite } }
        return FormFigures(
            stepRateSpm: median(positive(indices.map { timeline.stepRate[$0] })),
            groundContactMs: median(positive(indices.map { timeline.samples[$0].groundContactMs })),
            verticalOscillationMm: median(positive(indices.map { timeline.samples[$0].verticalOscillationMm })),
            verticalRatioPercent: median(positive(indices.map { timeline.samples[$0].verticalRatioPercent })))
    }
}
