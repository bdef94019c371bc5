public import RunAnalysis

/// The heart-rate range a run's main step aims for on the watch once the runner's zones are known: the easy
/// range of `HeartRateAnchors.easyRange`, in whole beats per minute.
///
/// When it is known it wins over the pace range (docs/workouts.md, "Targets"): heart rate follows the effort an
/// easy run is meant to be, while the same pace is harder on a hot day, uphill or tired, so a pace target can push
/// the effort up where a heart-rate target holds it down; the safer of the two wins.
public struct EasyHeartRateTarget: Sendable, Hashable {
    /// The low and high end in beats per minute.
    public var lowBPM: UInt32
    public var highBPM: UInt32
    /// The rule that set the range (threshold, reserve or maximum).
    public var rule: HeartRateAnchors.CeilingRule

    /// Heart rates a range may span: anything else leaves the target to the pace (or open).
    public static let plausible = 60.0...230.0

    /// The easy range of `anchors`; nil when they give none or an implausible one.
    public init?(anchors: HeartRateAnchors) {
        guard let range = anchors.easyRange, range.low.isFinite, range.high.isFinite,
            Self.plausible.contains(range.low), Self.plausible.contains(range.high)
        else { return nil }
        // Within `plausible`, so the conversions cannot fail; whole bpm, the low end rounded up and the high
        // end down, so the range stays inside the rule's.
        let low = UInt32(range.low.rounded(.up))
        let high = UInt32(range.high.rounded(.down))
        guard low < high else { return nil }
        lowBPM = low
        highBPM = high
        rule = range.rule
    }
}
