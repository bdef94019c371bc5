import RunModel
import Testing

@Suite struct GeodesyTests {
    @Test func knownCityDistances() {
        // Paris (48.8566, 2.3522) to London (51.5074, -0.1278): 343.5 km on the sphere.
        let parisLondon = Geodesy.distanceMeters(
            fromLatitude: 48.8566, longitude: 2.3522, toLatitude: 51.5074, longitude: -0.1278)
        #expect(abs(parisLondon - 343_560) < 500)
        // One degree of latitude on the mean sphere: 111.195 km.
        #expect(abs(Geodesy.distanceMeters(fromLatitude: 0, longitude: 0, toLatitude: 1, longitude: 0) - 111_195) < 1)
        #expect(Geodesy.distanceMeters(fromLatitude: 10, longitude: 20, toLatitude: 10, longitude: 20) == 0)
        // Antipodes: half the circumference, no NaN.
        let half = Geodesy.distanceMeters(fromLatitude: 0, longitude: 0, toLatitude: 0, longitude: 180)
        #expect(abs(half - Double.pi * Geodesy.earthRadiusMeters) < 1)
    }

    @Test func implausiblePositionsAreRecognized() {
        #expect(Geodesy.isPlausible(latitude: 48, longitude: 11))
        #expect(!Geodesy.isPlausible(latitude: 0, longitude: 0))
        #expect(!Geodesy.isPlausible(latitude: 91, longitude: 0))
        #expect(!Geodesy.isPlausible(latitude: .nan, longitude: 1))
    }
}
