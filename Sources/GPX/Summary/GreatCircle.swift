internal import Foundation

/// Haversine distances on a sphere of radius 6,371,000 m (within 0.5 % of gpxpy's lengths).
public enum GreatCircle {
    public static let earthRadiusMeters = 6_371_000.0

    /// Metres between two positions given in degrees.
    public static func distance(latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double) -> Double
    {
        let radians = Double.pi / 180
        let phi1 = latitude1 * radians
        let phi2 = latitude2 * radians
        let deltaPhi = (latitude2 - latitude1) * radians
        let deltaLambda = (longitude2 - longitude1) * radians
        let a =
            sin(deltaPhi / 2) * sin(deltaPhi / 2) + cos(phi1) * cos(phi2) * sin(deltaLambda / 2) * sin(deltaLambda / 2)
        return 2 * earthRadiusMeters * asin(min(1, sqrt(a)))
    }

    /// Length of a path through the points that have a position, in order.
    public static func length(of points: [GPXPoint]) -> Double {
        var total = 0.0
        var previous: (Double, Double)?
        for point in points {
            guard let latitude = point.latitude, let longitude = point.longitude else { continue }
            if let (lat0, lon0) = previous {
                total += distance(latitude1: lat0, longitude1: lon0, latitude2: latitude, longitude2: longitude)
            }
            previous = (latitude, longitude)
        }
        return total
    }
}
