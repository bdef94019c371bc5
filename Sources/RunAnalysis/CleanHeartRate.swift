import RunModel

/// Which samples carry a heart rate the figures may use: 40–220 bpm, and not inside a stretch of
/// 60 s or more where the heart rate is within 3 of the step rate (the strap reading the cadence).
enum CleanHeartRate {
    static let plausible = 40.0...220.0
    static let lockTolerance = 3.0
    static let lockMinimumSeconds = 60.0

    /// One flag per sample of `timeline`: true when its heart rate is clean.
    static func mask(_ timeline: Timeline) -> [Bool] {
        var clean = timeline.samples.map { sample in sample.heartRate.map { plausible.contains($0) } ?? false }
        var index = 0
        while index < timeline.count {
            guard locked(timeline, index) else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < timeline.count, locked(timeline, end + 1) { end += 1 }
            if timeline.clock[end] - timeline.clock[index] >= lockMinimumSeconds {
                for dropped in index...end { clean[dropped] = false }
            }
            index = end + 1
        }
        return clean
    }

    private static func locked(_ timeline: Timeline, _ index: Int) -> Bool {
        guard let heartRate = timeline.samples[index].heartRate, let stepRate = timeline.stepRate[index] else {
            return false
        }
        return abs(heartRate - stepRate) <= lockTolerance
    }
}
