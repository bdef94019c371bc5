public import Foundation

/// Figures derived from a run's samples: path distance, moving time, climb, heart rate, cadence.
public struct TrackMetrics: Sendable, Hashable {
    /// Below this speed a stretch between two samples counts as standing still (1.8 km/h, well
    /// under walking pace, above the drift of a stationary GPS fix between 1 s samples).
    public static let movingSpeedThreshold = 0.5
    /// Elevation changes smaller than this are treated as GPS/barometer noise.
    public static let climbHysteresisMeters = 3.0

    /// Sum of geodesic steps between consecutive positioned samples, metres (0 without positions).
    public var pathDistanceMeters: Double
    /// Last cumulative distance the device recorded, metres, if any.
    public var recordedDistanceMeters: Double?
    /// From the first to the last timed sample.
    public var elapsedSeconds: Double
    /// Time spent above `movingSpeedThreshold`; equal to `elapsedSeconds` when speed cannot be known.
    public var movingSeconds: Double
    public var elevationGainMeters: Double?
    public var elevationLossMeters: Double?
    public var averageHeartRate: Double?
    public var maxHeartRate: Double?
    public var averageCadence: Double?
    public var start: Date?

    /// Computes the figures from samples in time order (untimed samples count for distance and climb only).
    public init(samples: [Sample]) {
        self.init(segments: [samples])
    }

    /// As `init(samples:)` for a track recorded in segments (GPX `trkseg`): the path is not
    /// joined across the gap between one segment's last point and the next one's first.
    public init(segments: [[Sample]]) {
        let samples = segments.flatMap { $0 }
        var segmentStarts = Set<Int>()
        var index = 0
        for segment in segments {
            segmentStarts.insert(index)
            index += segment.count
        }
        var path = 0.0
        var lastPosition: (Double, Double)?
        var lastTimed: (time: Double, path: Double, recorded: Double?)?
        var first: Double?
        var last: Double?
        var moving = 0.0
        var speedKnown = false
        var climb = Climb(hysteresis: Self.climbHysteresisMeters)
        var heartSum = 0.0
        var heartCount = 0
        var heartMax: Double?
        var cadenceSum = 0.0
        var cadenceCount = 0
        var recorded: Double?

        for (index, sample) in samples.enumerated() {
            if segmentStarts.contains(index) { lastPosition = nil }
            if let lat = sample.latitude, let lon = sample.longitude, Geodesy.isPlausible(latitude: lat, longitude: lon)
            {
                if let (lat0, lon0) = lastPosition {
                    path += Geodesy.distanceMeters(fromLatitude: lat0, longitude: lon0, toLatitude: lat, longitude: lon)
                }
                lastPosition = (lat, lon)
            }
            if let d = sample.distanceMeters, d.isFinite, d >= 0 { recorded = max(recorded ?? 0, d) }
            if let ele = sample.elevationMeters, ele.isFinite { climb.add(ele) }
            if let hr = sample.heartRate, hr.isFinite, hr > 0 {
                heartSum += hr
                heartCount += 1
                heartMax = max(heartMax ?? 0, hr)
            }
            if let cad = sample.cadence, cad.isFinite, cad > 0 {
                cadenceSum += cad
                cadenceCount += 1
            }
            guard let t = sample.time?.timeIntervalSince1970, t.isFinite else { continue }
            if first == nil { first = t }
            last = max(last ?? t, t)
            let recordedHere = sample.distanceMeters.flatMap { $0.isFinite ? $0 : nil }
            if let previous = lastTimed, t > previous.time {
                let dt = t - previous.time
                var step: Double?
                if let r0 = previous.recorded, let r1 = recordedHere {
                    step = max(0, r1 - r0)
                } else if lastPosition != nil {
                    step = path - previous.path
                }
                if let step {
                    speedKnown = true
                    if step / dt >= Self.movingSpeedThreshold { moving += dt }
                }
            }
            if lastTimed == nil || t > (lastTimed?.time ?? t) {
                lastTimed = (t, path, recordedHere)
            }
        }
        let elapsed = (first != nil && last != nil) ? (last ?? 0) - (first ?? 0) : 0
        pathDistanceMeters = path
        recordedDistanceMeters = recorded
        elapsedSeconds = elapsed
        movingSeconds = speedKnown ? min(moving, elapsed) : elapsed
        elevationGainMeters = climb.hasData ? climb.gain : nil
        elevationLossMeters = climb.hasData ? climb.loss : nil
        averageHeartRate = heartCount > 0 ? heartSum / Double(heartCount) : nil
        maxHeartRate = heartMax
        averageCadence = cadenceCount > 0 ? cadenceSum / Double(cadenceCount) : nil
        start = first.map { Date(timeIntervalSince1970: $0) }
    }

    /// The best distance: the device's own cumulative distance when it has one, else the path.
    public var distanceMeters: Double { recordedDistanceMeters ?? pathDistanceMeters }
}
