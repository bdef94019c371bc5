/// The heart-rate settings a watch wrote into a run's file (FIT `time_in_zone`, `zones_target`,
/// `user_profile`): maximum, resting and threshold heart rate and the upper boundaries of its
/// heart-rate zones, in beats per minute. A value outside `PlausibleValues.heartRate` (a watch writes
/// 0 for "not set") is no value.
public struct WatchHeartRateSettings: Sendable, Hashable, Codable {
    public var maximum: Double?
    public var resting: Double?
    public var threshold: Double?
    /// The zones' upper boundaries, in the watch's order (zone 1 first); implausible ones left out.
    public var zoneHighBoundaries: [Double]

    /// The settings with implausible values left out; nil when none is left.
    public init?(maximum: Double?, resting: Double?, threshold: Double?, zoneHighBoundaries: [Double] = []) {
        func plausible(_ value: Double?) -> Double? {
            guard let value, value.isFinite, PlausibleValues.heartRate.contains(value) else { return nil }
            return value
        }
        self.maximum = plausible(maximum)
        self.resting = plausible(resting)
        self.threshold = plausible(threshold)
        self.zoneHighBoundaries = zoneHighBoundaries.compactMap(plausible)
        if self.maximum == nil, self.resting == nil, self.threshold == nil, self.zoneHighBoundaries.isEmpty {
            return nil
        }
    }

    /// The boundaries as stored in the log: whole or decimal bpm joined by commas ("107,131,146").
    public var zoneHighBoundariesText: String {
        zoneHighBoundaries.map { $0 == $0.rounded() && abs($0) < 1e6 ? String(Int($0)) : String($0) }
            .joined(separator: ",")
    }

    /// Boundaries read back from `zoneHighBoundariesText` (unreadable parts left out).
    public static func zoneHighBoundaries(fromText text: String) -> [Double] {
        text.split(separator: ",").compactMap { Double($0) }
    }
}
