public import Planner
import RunModel

/// The pace a run's main steps aim for on the watch: the runner's easy pace range from the log, or open.
///
/// The range runs from the median pace of the last 8 weeks (the fast end) to 60 s/km slower: never faster
/// than the runner usually runs, so a target never pushes the pace up (docs/workouts.md, "Targets").
/// Open when the log holds no pace or an implausible one (outside 2:30–20:00 /km), and always for
/// Couch-to-5K run/walk, where a beginner runs by feel.
public struct EasyPaceTarget: Sendable, Hashable {
    /// Seconds per kilometre at the fast and the slow end.
    public var fastSecondsPerKilometer: Double
    public var slowSecondsPerKilometer: Double

    /// How much slower than the median the slow end is, in seconds per kilometre.
    public static let widthSecondsPerKilometer = 60.0
    /// Median paces outside this range (seconds per kilometre) leave the target open.
    public static let plausibleMedian = 150.0...1200.0

    /// The range of `history`'s median pace; nil (open) when it has none or an implausible one.
    public init?(history: HistoryFigures) {
        guard let median = history.medianPaceSecondsPerKilometer, Self.plausibleMedian.contains(median) else {
            return nil
        }
        fastSecondsPerKilometer = median
        slowSecondsPerKilometer = median + Self.widthSecondsPerKilometer
    }

    /// The range as speeds in mm/s (m/s × 1000), slowest first, as a FIT speed target states it.
    public var millimetersPerSecond: (low: UInt32, high: UInt32) {
        (Self.millimetersPerSecond(slowSecondsPerKilometer), Self.millimetersPerSecond(fastSecondsPerKilometer))
    }

    /// 1 000 000 / pace (s/km), rounded; the pace is within `plausibleMedian` plus the width, so it fits.
    static func millimetersPerSecond(_ secondsPerKilometer: Double) -> UInt32 {
        UInt32(clamping: Int(saturating: (1_000_000 / secondsPerKilometer).rounded()))
    }
}
