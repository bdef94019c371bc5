import Foundation

/// Writes GPX tracks of an exact length for the weekly-loop tests: points due north along one
/// meridian, where the great-circle length is the mean Earth radius times the latitude change,
/// so the test knows each file's distance without the project's own geodesy.
enum TrackWriter {
    static let earthRadiusMeters = 6_371_008.8
    /// 6:00 per km.
    static let secondsPerKilometer = 360.0

    /// A GPX run of `meters` starting at 07:00 UTC on `day` (YYYY-MM-DD), one point every 10 s.
    static func gpx(meters: Double, day: String, name: String) -> String {
        let seconds = meters / 1000 * secondsPerKilometer
        let steps = max(1, Int((seconds / 10).rounded(.up)))
        let startLatitude = 47.0
        let totalDegrees = meters / earthRadiusMeters * 180 / .pi
        var points = ""
        for step in 0...steps {
            let fraction = Double(step) / Double(steps)
            let latitude = startLatitude + totalDegrees * fraction
            let time = Int((seconds * fraction).rounded())
            let stamp = "\(day)T\(clock(7 * 3_600 + time))Z"
            points += "<trkpt lat=\"\(String(format: "%.12f", latitude))\" lon=\"8.5\"><time>\(stamp)</time></trkpt>\n"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <gpx version="1.1" creator="RunRamp tests" xmlns="http://www.topografix.com/GPX/1/1">
            <trk><name>\(name)</name><type>running</type><trkseg>
            \(points)</trkseg></trk></gpx>

            """
    }

    static func clock(_ seconds: Int) -> String {
        String(format: "%02d:%02d:%02d", seconds / 3_600, seconds / 60 % 60, seconds % 60)
    }
}
