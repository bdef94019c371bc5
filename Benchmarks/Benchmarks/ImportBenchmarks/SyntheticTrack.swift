import Foundation

/// Garmin-like recordings for the benchmark archive: GPX and TCX text, FIT bytes.
enum SyntheticTrack {
    static func iso(_ seconds: Int) -> String {
        let days = seconds / 86_400
        let z = days + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        let s = seconds % 86_400
        return "\(y)-\(two(m))-\(two(d))T\(two(s / 3_600)):\(two(s / 60 % 60)):\(two(s % 60))Z"
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func latitude(_ i: Int, points: Int, distance: Double) -> Double {
        47.0 + distance * Double(i) / Double(points - 1) / 111_195
    }

    static func gpx(start: Date, distance: Double, points: Int) -> String {
        var out =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx creator=\"Garmin Connect\" version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\" xmlns:ns3=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n <trk><name>Run</name><type>running</type><trkseg>\n"
        out.reserveCapacity(points * 260)
        let t0 = Int(start.timeIntervalSince1970)
        for i in 0..<points {
            out +=
                "  <trkpt lat=\"\(latitude(i, points: points, distance: distance))\" lon=\"8.\(100_000 + i % 997)\"><ele>\(400 + Double(i % 50) / 10)</ele><time>\(iso(t0 + i))</time>"
            out +=
                "<extensions><ns3:TrackPointExtension><ns3:hr>\(140 + i % 20)</ns3:hr><ns3:cad>\(85 + i % 5)</ns3:cad></ns3:TrackPointExtension></extensions></trkpt>\n"
        }
        return out + " </trkseg></trk>\n</gpx>\n"
    }

    static func tcx(start: Date, distance: Double, points: Int) -> String {
        let t0 = Int(start.timeIntervalSince1970)
        var out =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"><Activities><Activity Sport=\"Running\"><Id>\(iso(t0))</Id>\n"
        out +=
            "<Lap StartTime=\"\(iso(t0))\"><TotalTimeSeconds>\(points - 1)</TotalTimeSeconds><DistanceMeters>\(distance)</DistanceMeters><Track>\n"
        out.reserveCapacity(points * 300)
        for i in 0..<points {
            out +=
                "<Trackpoint><Time>\(iso(t0 + i))</Time><Position><LatitudeDegrees>\(latitude(i, points: points, distance: distance))</LatitudeDegrees><LongitudeDegrees>8.1</LongitudeDegrees></Position>"
            out +=
                "<AltitudeMeters>\(400 + i % 7)</AltitudeMeters><DistanceMeters>\(distance * Double(i) / Double(points - 1))</DistanceMeters><HeartRateBpm><Value>\(140 + i % 20)</Value></HeartRateBpm></Trackpoint>\n"
        }
        return out + "</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n"
    }

    /// A FIT activity: file_id, one record per second, a lap and a session.
    static func fit(start: Date, distance: Double, points: Int) -> [UInt8] {
        var body: [UInt8] = []
        func define(_ local: UInt8, _ global: UInt16, _ fields: [(UInt8, UInt8, UInt8)]) {
            body += [0x40 | local, 0, 0, UInt8(global & 0xff), UInt8(global >> 8), UInt8(fields.count)]
            for (number, size, type) in fields { body += [number, size, type] }
        }
        func put(_ value: Int64, _ size: Int) {
            for i in 0..<size { body.append(UInt8(truncatingIfNeeded: value >> (8 * i))) }
        }
        let t0 = Int64(start.timeIntervalSince1970) - 631_065_600
        let elapsed = Int64(points - 1)
        define(0, 0, [(0, 1, 0x00), (1, 2, 0x84), (4, 4, 0x86)])
        body.append(0)
        put(4, 1)
        put(1, 2)
        put(t0, 4)
        define(1, 20, [(253, 4, 0x86), (0, 4, 0x85), (1, 4, 0x85), (2, 2, 0x84), (3, 1, 0x02), (5, 4, 0x86)])
        for i in 0..<points {
            body.append(1)
            put(t0 + Int64(i), 4)
            put(Int64(latitude(i, points: points, distance: distance) * 2_147_483_648 / 180), 4)
            put(Int64(8.1 * 2_147_483_648 / 180), 4)
            put(Int64((400 + 500) * 5), 2)
            put(Int64(140 + i % 20), 1)
            put(Int64(distance * Double(i) / Double(points - 1) * 100), 4)
        }
        define(2, 19, [(253, 4, 0x86), (2, 4, 0x86), (7, 4, 0x86), (9, 4, 0x86)])
        body.append(2)
        put(t0 + elapsed, 4)
        put(t0, 4)
        put(elapsed * 1000, 4)
        put(Int64(distance * 100), 4)
        define(
            3, 18, [(253, 4, 0x86), (2, 4, 0x86), (7, 4, 0x86), (8, 4, 0x86), (9, 4, 0x86), (5, 1, 0x00), (6, 1, 0x00)])
        body.append(3)
        put(t0 + elapsed, 4)
        put(t0, 4)
        put(elapsed * 1000, 4)
        put(elapsed * 1000, 4)
        put(Int64(distance * 100), 4)
        put(1, 1)
        put(0, 1)
        var header: [UInt8] = [14, 0x20, 0x54, 0x08]
        for i in 0..<4 { header.append(UInt8(truncatingIfNeeded: body.count >> (8 * i))) }
        header += Array(".FIT".utf8)
        let headerCRC = crc(header)
        header += [UInt8(headerCRC & 0xff), UInt8(headerCRC >> 8)]
        let file = header + body
        let fileCRC = crc(file)
        return file + [UInt8(fileCRC & 0xff), UInt8(fileCRC >> 8)]
    }

    static func crc(_ bytes: [UInt8]) -> UInt16 {
        let table: [UInt16] = [
            0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
            0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
        ]
        var crc: UInt16 = 0
        for byte in bytes {
            var tmp = table[Int(crc & 0xf)]
            crc = (crc >> 4) & 0x0fff ^ tmp ^ table[Int(byte & 0xf)]
            tmp = table[Int(crc & 0xf)]
            crc = (crc >> 4) & 0x0fff ^ tmp ^ table[Int(byte >> 4)]
        }
        return crc
    }
}
