public import Foundation

/// A continuous run of track points (GPX `<trkseg>`, TCX `<Lap>` with its lap figures).
public struct GPXSegment: Sendable, Equatable {
    public var points: [GPXPoint]
    /// TCX `Lap StartTime`, in UTC; nil for GPX.
    public var lapStart: Date?
    /// TCX `<TotalTimeSeconds>` of the lap.
    public var lapTotalTimeSeconds: Double?
    /// TCX `<DistanceMeters>` of the lap.
    public var lapDistanceMeters: Double?

    public init(
        points: [GPXPoint] = [], lapStart: Date? = nil, lapTotalTimeSeconds: Double? = nil,
        lapDistanceMeters: Double? = nil
    ) {
        self.points = points
        self.lapStart = lapStart
        self.lapTotalTimeSeconds = lapTotalTimeSeconds
        self.lapDistanceMeters = lapDistanceMeters
    }
}
