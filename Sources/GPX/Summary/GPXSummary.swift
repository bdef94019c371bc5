public import Foundation

/// The figures `runramp inspect` reports for a GPX/TCX document (the GPX part of docs/inspect-json.md),
/// computed the way gpxpy does so the two can be compared.
public struct GPXSummary: Sendable, Equatable {
    public var tracks: Int
    public var segments: Int
    public var trackPoints: Int
    public var routes: Int
    public var routePoints: Int
    public var waypoints: Int
    /// Time of the first track point (nil if that point has none).
    public var firstPointTime: Date?
    /// Time of the last track point.
    public var lastPointTime: Date?
    /// The first track point with a position.
    public var firstPoint: GPXPoint?
    /// Sum of great-circle distances between consecutive positioned points within each segment.
    public var length2DMeters: Double
    public var pointsWithHeartRate: Int

    public init(_ document: GPXDocument) {
        tracks = document.tracks.count
        segments = 0
        trackPoints = 0
        routes = document.routes.count
        routePoints = document.routes.reduce(0) { $0 + $1.points.count }
        waypoints = document.waypoints.count
        firstPointTime = nil
        lastPointTime = nil
        firstPoint = nil
        length2DMeters = 0
        pointsWithHeartRate = 0
        var isFirst = true
        var last: GPXPoint?
        for track in document.tracks {
            segments += track.segments.count
            for segment in track.segments {
                trackPoints += segment.points.count
                length2DMeters += GreatCircle.length(of: segment.points)
                for point in segment.points {
                    if isFirst {
                        firstPointTime = point.time
                        isFirst = false
                    }
                    if firstPoint == nil, point.hasPosition { firstPoint = point }
                    if point.heartRate != nil { pointsWithHeartRate += 1 }
                }
                if let end = segment.points.last { last = end }
            }
        }
        lastPointTime = last?.time
    }
}
