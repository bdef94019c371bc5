import Foundation

/// Distances on the Earth between latitude/longitude pairs in degrees.
public enum Geodesy {
    /// Mean Earth radius (IUGG), in metres.
    public static let earthRadiusMeters = 6_371_008.8

    /// Great-circle distance by the haversine formula, in metres. Within about 0.5 % of the
    /// ellipsoidal (Vincenty) distance, and well inside GPS noise for the metre-scale steps of a track.
    public static func distanceMeters(
        fromLatitude lat1: Double, longitude lon1: Double, toLatitude lat2: Double, longitude lon2: Double
    ) -> Double {
        let radians = Double.pi / 180
        let phi1 = lat1 * radians
        let phi2 = lat2 * radians
        let dPhi = (lat2 - lat1) * radians
        let dLambda = (lon2 - lon1) * radians
        let sinPhi = sin(dPhi / 2)
        let sinLambda = sin(dLambda / 2)
        let a = sinPhi * sinPhi + cos(phi1) * cos(phi2) * sinLambda * sinLambda
        return 2 * earthRadiusMeters * asin(min(1, a.squareRoot()))
    }

    /// True for a latitude/longitude pair that can be a place on Earth (and is not the 0/0 "null island"
    /// some devices write before a fix).
    public static func isPlausible(latitude: Double, longitude: Double) -> Bool {
        latitude.isFinite && longitude.isFinite && abs(latitude) <= 90 && abs(longitude) <= 180
            && !(latitude == 0 && longitude == 0)
    }
}
