import Foundation
import RunModel

/// Generates small files for the local-date tests: a track at a given place, written in UTC or
/// with a UTC offset; a FIT file without an activity message; a TCX without positions.
enum LocalDateFiles {
    /// "2026-03-02T06:00:00+11:00" for `date` written at `offset` seconds from UTC ("…Z" for nil).
    static func written(_ date: Date, offset: Int?) -> String {
        guard let offset else { return GeneratedFiles.isoString(date) }
        let local = GeneratedFiles.isoString(date.addingTimeInterval(TimeInterval(offset))).dropLast()
        let sign = offset < 0 ? "-" : "+"
        return local + sign + String(format: "%02d:%02d", abs(offset) / 3_600, abs(offset) / 60 % 60)
    }

    /// Ten points 10 s apart going north from the place, 30 m per point.
    static func gpx(start: Date, latitude: Double, longitude: Double, writtenOffset: Int? = nil) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gpx version="1.1" creator="RunRamp tests" xmlns="http://www.topografix.com/GPX/1/1">
            <trk><name>Morning</name><type>running</type><trkseg>

            """
        for i in 0..<10 {
            let time = written(start.addingTimeInterval(Double(i) * 10), offset: writtenOffset)
            out +=
                "<trkpt lat=\"\(String(format: "%.6f", latitude + Double(i) * 30 / 111_195))\" lon=\"\(longitude)\"><time>\(time)</time></trkpt>\n"
        }
        return out + "</trkseg></trk></gpx>\n"
    }

    /// A treadmill TCX: times and distances, no `<Position>`.
    static func tcxWithoutPositions(start: Date) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
            <Activities><Activity Sport="Running"><Id>\(GeneratedFiles.isoString(start))</Id>
            <Lap StartTime="\(GeneratedFiles.isoString(start))"><TotalTimeSeconds>90</TotalTimeSeconds><DistanceMeters>300</DistanceMeters><Track>

            """
        for i in 0..<10 {
            out += "<Trackpoint><Time>\(GeneratedFiles.isoString(start.addingTimeInterval(Double(i) * 10)))</Time>"
            out += "<DistanceMeters>\(Double(i) * 100 / 3)</DistanceMeters></Trackpoint>\n"
        }
        return out + "</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n"
    }

    /// A running FIT file as non-Garmin devices write it: file_id, records with positions, a
    /// session; no activity message, so no local_timestamp.
    static func fitWithoutLocalTimestamp(start: Date, latitude: Double, longitude: Double) -> [UInt8] {
        var writer = FITWriter()
        let t0 = Int64(start.timeIntervalSince1970 - FITWriter.fitEpoch)
        writer.define(local: 0, global: 0, [(0, .enumeration), (1, .uint16), (4, .uint32)])
        writer.write(local: 0, [4, 1, t0])
        writer.define(local: 1, global: 20, [(253, .uint32), (0, .sint32), (1, .sint32), (5, .uint32)])
        let semicircles = { (degrees: Double) in Int64((degrees * 2_147_483_648 / 180).rounded()) }
        for i in 0..<10 {
            let lat = latitude + Double(i) * 30 / 111_195
            writer.write(local: 1, [t0 + Int64(i * 10), semicircles(lat), semicircles(longitude), Int64(i * 3_000)])
        }
        writer.define(
            local: 2, global: 18,
            [(253, .uint32), (2, .uint32), (7, .uint32), (8, .uint32), (9, .uint32), (5, .enumeration)])
        writer.write(local: 2, [t0 + 90, t0, 90_000, 90_000, 27_000, 1])
        return writer.bytes
    }
}
