import Foundation
import RunModel

/// A run's timed samples on an "active clock": each sample carries the time since the previous one,
/// capped at 10 s, so pauses do not count; the clock is the running sum of those intervals.
struct Timeline {
    /// The longest interval a sample may stand for, in seconds.
    static let intervalCap = 10.0

    let samples: [Sample]
    /// Seconds this sample stands for (0 for the first; negative gaps count 0).
    let interval: [Double]
    /// Active seconds from the first sample to this one.
    let clock: [Double]
    /// Steps per minute of each sample (running only): 2 × (cadence + fractional cadence).
    let stepRate: [Double?]

    init(samples all: [Sample], isRunning: Bool) {
        let timed = all.filter { $0.time.map { $0.timeIntervalSince1970.isFinite } ?? false }
        var interval: [Double] = []
        var clock: [Double] = []
        var total = 0.0
        var previous: Date?
        for sample in timed {
            var seconds = 0.0
            if let previous, let time = sample.time {
                seconds = min(Self.intervalCap, max(0, time.timeIntervalSince(previous)))
            }
            total += seconds
            interval.append(seconds)
            clock.append(total)
            previous = sample.time
        }
        samples = timed
        self.interval = interval
        self.clock = clock
        stepRate = timed.map { sample in
            guard isRunning, let cadence = sample.cadence, cadence.isFinite else { return nil }
            return 2 * (cadence + (sample.fractionalCadence ?? 0))
        }
    }

    var count: Int { samples.count }
    /// Active seconds of the whole run.
    var duration: Double { clock.last ?? 0 }
}

/// The median of values (the mean of the two middle ones for an even count); nil when empty.
func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
