import Foundation

/// Drops GPS spikes before a track is measured: a position that would mean moving faster than
/// anyone can in the sport (docs/local-dates.md, "Clean data"). A dropped sample keeps its time,
/// heart rate and cadence; its position and elevation (from the same bad fix) are cleared.
public enum GPSSpikeFilter {
    /// The fastest plausible speed, km/h: 45 on foot (above Usain Bolt's 44.7 km/h peak), 45 in
    /// water, 130 on a bike (fast road descents reach 100), 300 for other or unknown sports, which
    /// only catches fixes kilometres away.
    public static func maximumSpeedKmh(for sport: Sport?) -> Double {
        switch sport {
        case .running, .trail, .treadmill, .track, .walking, .swimming: 45
        case .cycling: 130
        case .other, nil: 300
        }
    }

    /// Movement within this many metres of what the speed allows is never a spike (GPS jitter).
    public static let slackMeters = 50.0
    /// After this many rejected fixes in a row the track really is elsewhere (the first fix was the
    /// spike, or the signal came back after a gap): the rejected fixes are kept and followed, and
    /// a first fix nothing agreed with is dropped.
    public static let consecutiveLimit = 10

    /// What the filter did.
    public struct Result: Sendable, Hashable {
        public var samples: [Sample]
        /// How many samples lost their position.
        public var dropped: Int
        public var maximumSpeedKmh: Double
    }

    /// `samples` (in time order) with every position that implies more than the sport's maximum speed
    /// from the last kept position cleared.
    public static func clean(_ samples: [Sample], sport: Sport?) -> Result {
        let limit = maximumSpeedKmh(for: sport)
        let metresPerSecond = limit / 3.6
        var cleaned = samples
        var anchor: (latitude: Double, longitude: Double, time: Double?)?
        var anchorIndex: Int?
        var firstIndex: Int?
        var rejected: [Int] = []
        var dropped = 0
        for (index, sample) in samples.enumerated() {
            guard let latitude = sample.latitude, let longitude = sample.longitude,
                Geodesy.isPlausible(latitude: latitude, longitude: longitude)
            else { continue }
            let time = sample.time?.timeIntervalSince1970
            if firstIndex == nil { firstIndex = index }
            defer {
                if rejected.isEmpty || rejected.last != index {
                    anchor = (latitude, longitude, time)
                    anchorIndex = index
                }
            }
            guard let previous = anchor, let time, let previousTime = previous.time, time.isFinite,
                previousTime.isFinite
            else { continue }
            let meters = Geodesy.distanceMeters(
                fromLatitude: previous.latitude, longitude: previous.longitude, toLatitude: latitude,
                longitude: longitude)
            let seconds = max(1, time - previousTime)
            guard meters > metresPerSecond * seconds + slackMeters else {
                rejected = []
                continue
            }
            rejected.append(index)
            if rejected.count >= consecutiveLimit {
                // Not a spike: follow the track from here, and give the run of fixes back.
                for restored in rejected.dropLast() {
                    cleaned[restored].latitude = samples[restored].latitude
                    cleaned[restored].longitude = samples[restored].longitude
                    cleaned[restored].elevationMeters = samples[restored].elevationMeters
                }
                dropped -= rejected.count - 1
                rejected = []
                // A first fix that nothing after it agrees with is the classic cold-start spike.
                if let anchorIndex, anchorIndex == firstIndex {
                    cleaned[anchorIndex].latitude = nil
                    cleaned[anchorIndex].longitude = nil
                    cleaned[anchorIndex].elevationMeters = nil
                    dropped += 1
                }
                continue
            }
            cleaned[index].latitude = nil
            cleaned[index].longitude = nil
            cleaned[index].elevationMeters = nil
            dropped += 1
        }
        return Result(samples: cleaned, dropped: dropped, maximumSpeedKmh: limit)
    }
}
