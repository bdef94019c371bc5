public import Foundation

/// The rule that says two recordings are the same activity (same run recorded twice, or exported
/// in two formats): starts within 2 minutes and distances within 3 % of the longer one.
public enum ActivityMatch {
    public static let maximumStartDifferenceSeconds: TimeInterval = 120
    public static let maximumDistanceDifferenceFraction: Double = 0.03

    /// True when the two summaries describe the same activity.
    public static func isSameActivity(
        start: Date, distanceMeters: Double, asStart otherStart: Date, distanceMeters otherDistance: Double
    ) -> Bool {
        guard abs(start.timeIntervalSince(otherStart)) <= maximumStartDifferenceSeconds else { return false }
        let longer = max(distanceMeters, otherDistance)
        guard longer > 0 else { return true }
        return abs(distanceMeters - otherDistance) <= maximumDistanceDifferenceFraction * longer
    }
}

extension Run {
    /// True when `other` is the same activity as this run (see `ActivityMatch`).
    public func isSameActivity(as other: Run) -> Bool {
        ActivityMatch.isSameActivity(
            start: start, distanceMeters: distanceMeters, asStart: other.start, distanceMeters: other.distanceMeters)
    }

    /// How much a recording holds, to keep the richer of two duplicates: kinds of data first
    /// (positions, heart rate, elevation, cadence, laps, a device file), then the number of samples.
    public var richness: Int {
        var kinds = 0
        if samples.contains(where: { $0.latitude != nil && $0.longitude != nil }) { kinds += 16 }
        if samples.contains(where: { $0.heartRate != nil }) || averageHeartRate != nil { kinds += 8 }
        if samples.contains(where: { $0.elevationMeters != nil }) { kinds += 4 }
        if samples.contains(where: { $0.cadence != nil }) || averageCadence != nil { kinds += 2 }
        if !laps.isEmpty || source.format == .fit { kinds += 1 }
        return kinds * 10_000_000 + min(samples.count, 9_999_999)
    }
}
