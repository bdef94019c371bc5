import RunModel

/// The first 10 active minutes of a run against the rest: average speed and clean heart rate.
public struct WarmUpFigures: Sendable, Hashable, Codable {
    /// The warm-up window, in active seconds from the start.
    public static let windowSeconds = 600.0
    /// A run this long or longer (active seconds) is measured; shorter runs have no "rest of the run".
    public static let minimumRunSeconds = 1_200.0
    /// The first 10 minutes at this share of the rest's speed or faster: the run started at full pace.
    public static let fullPaceShare = 0.98

    public var firstSpeedMetersPerSecond: Double?
    public var restSpeedMetersPerSecond: Double?
    public var firstHeartRate: Double?
    public var restHeartRate: Double?

    public init(
        firstSpeedMetersPerSecond: Double?, restSpeedMetersPerSecond: Double?, firstHeartRate: Double?,
        restHeartRate: Double?
    ) {
        self.firstSpeedMetersPerSecond = firstSpeedMetersPerSecond
        self.restSpeedMetersPerSecond = restSpeedMetersPerSecond
        self.firstHeartRate = firstHeartRate
        self.restHeartRate = restHeartRate
    }

    /// True when the first 10 minutes were run at (nearly) the pace of the rest; nil without speeds.
    public var startedAtFullPace: Bool? {
        guard let first = firstSpeedMetersPerSecond, let rest = restSpeedMetersPerSecond, rest > 0 else { return nil }
        return first >= Self.fullPaceShare * rest
    }

    static func measure(_ timeline: Timeline, clean: [Bool]) -> WarmUpFigures? {
        guard timeline.duration >= minimumRunSeconds else { return nil }
        let first = (0..<timeline.count).filter { timeline.clock[$0] <= windowSeconds }
        let rest = (0..<timeline.count).filter { timeline.clock[$0] > windowSeconds }
        func speed(_ indices: [Int]) -> Double? {
            let withDistance = indices.filter { timeline.samples[$0].distanceMeters != nil }
            guard let a = withDistance.first, let b = withDistance.last,
                let start = timeline.samples[a].distanceMeters, let end = timeline.samples[b].distanceMeters
            else { return nil }
            let seconds = timeline.clock[b] - timeline.clock[a]
            return seconds > 0 ? max(0, end - start) / seconds : nil
        }
        func heartRate(_ indices: [Int]) -> Double? {
            let used = indices.filter { clean[$0] }
            let seconds = used.reduce(0.0) { $0 + timeline.interval[$1] }
            guard seconds > 0 else { return nil }
            return used.reduce(0.0) { $0 + timeline.interval[$1] * (timeline.samples[$1].heartRate ?? 0) } / seconds
        }
        // The rest's speed is measured from the window's last sample so no distance falls between.
        let restFrom = first.last.map { [$0] } ?? []
        return WarmUpFigures(
            firstSpeedMetersPerSecond: speed(first), restSpeedMetersPerSecond: speed(restFrom + rest),
            firstHeartRate: heartRate(first), restHeartRate: heartRate(rest))
    }
}
