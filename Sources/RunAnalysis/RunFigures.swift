import Foundation
public import RunModel

/// What a run's samples say about its load, intensity and form, measured against given anchors.
/// Every figure is defined in docs/run-figures.md; nil where the samples cannot say.
public struct RunFigures: Sendable, Hashable, Codable {
    /// The warm-up left out of the share above the easy ceiling, in active seconds.
    public static let warmUpSeconds = 600.0
    /// A run is "not easy" above this share of clean time over the ceiling…
    public static let notEasyShare = 0.20
    /// …when it has at least this much clean heart rate, in seconds.
    public static let notEasyMinimumCleanSeconds = 1_200.0

    /// Active seconds (sample intervals capped at 10 s).
    public var activeSeconds: Double
    /// Active seconds with a clean heart rate.
    public var cleanHeartRateSeconds: Double
    /// The highest 30-second mean of clean heart rate.
    public var peakHeartRate30s: Double?
    public var easyCeilingBpm: Double?
    /// Share (0–1) of clean time after the first 10 minutes above the easy ceiling.
    public var shareAboveEasy: Double?
    /// Banister TRIMP over clean heart rate.
    public var trimp: Double?
    /// The effort the runner gave for the run (RPE 1–10), when given (`applyEffort`).
    public var rpe: Int?
    /// Session RPE load, effort × moving minutes: only for a run without clean heart rate.
    public var sessionRPELoad: Double?
    public var form: FormFigures
    public var firstThird: FormFigures
    public var lastThird: FormFigures
    public var warmUp: WarmUpFigures?

    /// True when the share above the ceiling is over 20 % with at least 20 minutes of clean heart rate;
    /// nil when the run cannot say.
    public var notEasy: Bool? {
        guard let shareAboveEasy, cleanHeartRateSeconds >= Self.notEasyMinimumCleanSeconds else { return nil }
        return shareAboveEasy > Self.notEasyShare
    }

    /// Measures `samples`; `isRunning` decides whether cadence is a running step rate.
    public init(samples: [Sample], isRunning: Bool, anchors: HeartRateAnchors) {
        let timeline = Timeline(samples: samples, isRunning: isRunning)
        let clean = CleanHeartRate.mask(timeline)
        let cleanIndices = (0..<timeline.count).filter { clean[$0] }
        activeSeconds = timeline.duration
        cleanHeartRateSeconds = cleanIndices.reduce(0.0) { $0 + timeline.interval[$1] }
        peakHeartRate30s = Self.peak30s(timeline, cleanIndices)
        easyCeilingBpm = anchors.easyCeiling?.bpm
        shareAboveEasy = nil
        if let ceiling = easyCeilingBpm {
            var total = 0.0
            var above = 0.0
            for index in cleanIndices where timeline.clock[index] > Self.warmUpSeconds {
                total += timeline.interval[index]
                if (timeline.samples[index].heartRate ?? 0) > ceiling { above += timeline.interval[index] }
            }
            shareAboveEasy = total > 0 ? above / total : nil
        }
        trimp = nil
        if !cleanIndices.isEmpty, anchors.reserveFraction(0) != nil {
            trimp = cleanIndices.reduce(0.0) { sum, index in
                let fraction = anchors.reserveFraction(timeline.samples[index].heartRate ?? 0) ?? 0
                return sum + Self.trimp(minutes: timeline.interval[index] / 60, reserve: fraction, anchors.constants)
            }
        }
        let moving = FormFigures.movingMask(timeline)
        let third = timeline.duration / 3
        form = FormFigures.measure(timeline, moving: moving) { _ in true }
        firstThird = FormFigures.measure(timeline, moving: moving) { timeline.clock[$0] <= third }
        lastThird = FormFigures.measure(timeline, moving: moving) { timeline.clock[$0] > 2 * third }
        warmUp = WarmUpFigures.measure(timeline, clean: clean)
    }

    /// The run's load: its TRIMP when it has one, else its session RPE load; nil when neither.
    public var load: Double? { trimp ?? sessionRPELoad }

    /// Notes the effort the runner gave (RPE 1–10) for a run of `movingSeconds`; the session RPE load
    /// counts only when the run has no clean heart rate (the heart rate says more than a feeling).
    public mutating func applyEffort(rpe: Int, movingSeconds: Double) {
        self.rpe = rpe
        sessionRPELoad =
            cleanHeartRateSeconds > 0 || !movingSeconds.isFinite
            ? nil : Self.sessionLoad(rpe: Double(rpe), minutes: max(0, movingSeconds) / 60)
    }

    /// Banister's TRIMP of `minutes` at heart-rate reserve fraction `reserve`:
    /// minutes × HRr × a × e^(b × HRr). 30 min at 0.5 with the standard constants is 25.1.
    public static func trimp(minutes: Double, reserve: Double, _ constants: TRIMPConstants) -> Double {
        minutes * reserve * constants.factor * exp(constants.exponent * reserve)
    }

    /// Session RPE load: the runner's effort (1–10) × minutes, for runs without heart rate.
    public static func sessionLoad(rpe: Double, minutes: Double) -> Double { rpe * minutes }

    /// The highest time-weighted mean of clean heart rate over a 30 s active window with at least 25 s covered.
    private static func peak30s(_ timeline: Timeline, _ clean: [Int]) -> Double? {
        var best: Double?
        var start = 0
        var seconds = 0.0
        var weighted = 0.0
        for (position, index) in clean.enumerated() {
            seconds += timeline.interval[index]
            weighted += timeline.interval[index] * (timeline.samples[index].heartRate ?? 0)
            while timeline.clock[index] - timeline.clock[clean[start]] >= 30, start < position {
                seconds -= timeline.interval[clean[start]]
                weighted -= timeline.interval[clean[start]] * (timeline.samples[clean[start]].heartRate ?? 0)
                start += 1
            }
            if seconds >= 25 { best = max(best ?? 0, weighted / seconds) }
        }
        return best
    }
}
