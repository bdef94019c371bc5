import Foundation
import RunModel

/// Generates GPX and TCX text for tests: a straight track north from a start point at a steady pace.
enum GeneratedFiles {
    /// "2026-11-20T07:00:05Z" (whole seconds, UTC).
    static func isoString(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = CalendarDay(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
        let inDay = seconds - day.daysSinceEpoch * 86_400
        return "\(day)T" + String(format: "%02d:%02d:%02dZ", inDay / 3_600, inDay / 60 % 60, inDay % 60)
    }

    /// `points` samples every `interval` seconds, covering `distance` metres; `type` nil leaves it out.
    static func gpx(
        start: Date, distance: Double, points: Int = 60, interval: Double = 10, type: String? = "running",
        heartRate: Bool = true, name: String = "Run"
    ) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gpx version="1.1" creator="RunRamp tests" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
            <trk><name>\(name)</name>
            """
        if let type { out += "<type>\(type)</type>" }
        out += "<trkseg>\n"
        let step = distance / Double(points - 1) / 111_195
        for i in 0..<points {
            let lat = 47.0 + Double(i) * step
            let time = isoString(start.addingTimeInterval(Double(i) * interval))
            out +=
                "<trkpt lat=\"\(String(format: "%.7f", lat))\" lon=\"8.0000000\"><ele>\(400 + i % 5)</ele><time>\(time)</time>"
            if heartRate {
                out +=
                    "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>\(140 + i % 10)</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>"
            }
            out += "</trkpt>\n"
        }
        return out + "</trkseg></trk></gpx>\n"
    }

    /// The same kind of track as TCX, one lap with its own distance.
    static func tcx(start: Date, distance: Double, points: Int = 60, interval: Double = 10, sport: String = "Running")
        -> String
    {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
            <Activities><Activity Sport="\(sport)"><Id>\(isoString(start))</Id>
            <Lap StartTime="\(isoString(start))"><TotalTimeSeconds>\(Double(points - 1) * interval)</TotalTimeSeconds><DistanceMeters>\(distance)</DistanceMeters><Track>

            """
        let step = distance / Double(points - 1) / 111_195
        for i in 0..<points {
            out += "<Trackpoint><Time>\(isoString(start.addingTimeInterval(Double(i) * interval)))</Time>"
            out +=
                "<Position><LatitudeDegrees>\(47.0 + Double(i) * step)</LatitudeDegrees><LongitudeDegrees>8.0</LongitudeDegrees></Position>"
            out +=
                "<AltitudeMeters>400</AltitudeMeters><DistanceMeters>\(distance * Double(i) / Double(points - 1))</DistanceMeters>"
            out += "<HeartRateBpm><Value>150</Value></HeartRateBpm></Trackpoint>\n"
        }
        return out + "</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n"
    }

    /// A planned route: track points without times.
    static func route(name: String = "Loop") -> String {
        """
        <?xml version="1.0"?><gpx version="1.1" creator="planner"><rte><name>\(name)</name>
        <rtept lat="47.0" lon="8.0"/><rtept lat="47.01" lon="8.0"/></rte></gpx>
        """
    }
}
