public import Foundation
public import RunModel

/// Where a heart-rate anchor came from, most trusted first.
public enum AnchorSource: String, Sendable, Hashable, Codable {
    /// Set by the runner (`runramp settings`).
    case runner
    /// Written by the watch into a FIT file (zone settings, user profile).
    case file
    /// Estimated from the runner's own runs (the highest 30-second heart rate of the last 365 days).
    case estimated
}

/// One heart-rate anchor in beats per minute, with its source and the day it was set or seen.
public struct HeartRateAnchor: Sendable, Hashable, Codable {
    public var bpm: Double
    public var source: AnchorSource
    public var date: Date?
    /// The file the watch wrote it into (source `file`), as the log names it.
    public var file: String?

    public init(bpm: Double, source: AnchorSource, date: Date? = nil, file: String? = nil) {
        self.bpm = bpm
        self.source = source
        self.date = date
        self.file = file
    }
}

/// The anchors every heart-rate figure is measured against: maximum, resting and threshold heart rate.
public struct HeartRateAnchors: Sendable, Hashable, Codable {
    public var maximum: HeartRateAnchor?
    public var resting: HeartRateAnchor?
    public var threshold: HeartRateAnchor?
    public var constants: TRIMPConstants

    public init(
        maximum: HeartRateAnchor? = nil, resting: HeartRateAnchor? = nil, threshold: HeartRateAnchor? = nil,
        constants: TRIMPConstants = .standard
    ) {
        self.maximum = maximum
        self.resting = resting
        self.threshold = threshold
        self.constants = constants
    }

    /// Anchors given as plain numbers (tests, the cross-check), all from the runner.
    public init(maximum: Double?, resting: Double?, threshold: Double? = nil, constants: TRIMPConstants = .standard) {
        self.init(
            maximum: maximum.map { HeartRateAnchor(bpm: $0, source: .runner) },
            resting: resting.map { HeartRateAnchor(bpm: $0, source: .runner) },
            threshold: threshold.map { HeartRateAnchor(bpm: $0, source: .runner) }, constants: constants)
    }

    /// The rule that sets the easy ceiling from the anchors at hand.
    public enum CeilingRule: String, Sendable, Hashable, Codable {
        /// 0.89 × threshold heart rate.
        case threshold
        /// resting + 0.70 × (maximum − resting).
        case reserve
        /// 0.80 × maximum.
        case maximum
    }

    /// The easy ceiling in bpm and the rule used; nil when no maximum or threshold is known.
    public var easyCeiling: (bpm: Double, rule: CeilingRule)? {
        easyRange.map { ($0.high, $0.rule) }
    }

    /// The easy range in bpm (the top of it is `easyCeiling`) and the rule used: 0.81–0.89 × threshold;
    /// resting + 0.60–0.70 × (maximum − resting); 0.70–0.80 × maximum. Nil when no maximum or threshold is known.
    public var easyRange: (low: Double, high: Double, rule: CeilingRule)? {
        if let threshold { return (0.81 * threshold.bpm, 0.89 * threshold.bpm, .threshold) }
        guard let maximum else { return nil }
        if let resting, resting.bpm < maximum.bpm {
            let reserve = maximum.bpm - resting.bpm
            return (resting.bpm + 0.60 * reserve, resting.bpm + 0.70 * reserve, .reserve)
        }
        return (0.70 * maximum.bpm, 0.80 * maximum.bpm, .maximum)
    }

    /// Heart-rate reserve fraction (HR − rest)/(max − rest) clamped to 0…1; nil without both anchors.
    public func reserveFraction(_ heartRate: Double) -> Double? {
        guard let maximum, let resting, maximum.bpm > resting.bpm else { return nil }
        return min(1, max(0, (heartRate - resting.bpm) / (maximum.bpm - resting.bpm)))
    }
}
