import Foundation
import RunModel

/// Small generated sample streams: one sample every `step` seconds from a fixed start.
enum SampleStreams {
    static let start = Date(timeIntervalSince1970: 1_790_000_000)

    /// `count` samples at `step` s with constant values (the closures can vary them by index).
    static func steady(
        count: Int, step: Double = 1, heartRate: (Int) -> Double? = { _ in 140 },
        cadence: (Int) -> Double? = { _ in 85 },
        speed: (Int) -> Double? = { _ in 3 }, startOffset: Double = 0
    ) -> [Sample] {
        var distance = 0.0
        return (0..<count).map { index in
            // Cumulative distance: each sample adds its speed over the interval before it.
            if index > 0 { distance += step * (speed(index) ?? 0) }
            return Sample(
                time: start.addingTimeInterval(startOffset + Double(index) * step), heartRate: heartRate(index),
                cadence: cadence(index), distanceMeters: distance, speedMetersPerSecond: speed(index))
        }
    }
}
