/// The GPX and TCX elements the reader acts on, recognised by local name whatever the namespace
/// (GPX 1.0, 1.1, a wrong one or none); everything else is `.other`.
enum ElementName: UInt8 {
    case other
    // GPX
    case gpx, metadata, name, time, trk, trkseg, trkpt, rte, rtept, wpt, ele, type, fix, speed, extensions
    // TCX
    case trainingCenterDatabase, activity, lap, trackpoint, position, latitudeDegrees, longitudeDegrees
    case altitudeMeters, distanceMeters, heartRateBpm, value, cadence, totalTimeSeconds, course
    // Inside <extensions>, by case-folded local name under any prefix (Garmin TrackPointExtension
    // v1/v2 as ns3:, gpxtpx:…, vendors' bare <heartrate>, TCX ActivityExtension's Speed/RunCadence).
    case extensionHeartRate, extensionCadence, extensionTemperature, extensionSpeed

    /// A local name packed into 16 bytes, for a hash lookup without making a String.
    struct Key: Hashable {
        var low: UInt64
        var high: UInt64
    }

    /// Packs a NUL-terminated name; nil when it is longer than 16 bytes (no name we act on is).
    @inline(__always)
    static func key(_ name: UnsafePointer<UInt8>, foldingCase: Bool) -> Key? {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var index = 0
        while true {
            var byte = name[index]
            if byte == 0 { break }
            if index == 16 { return nil }
            if foldingCase, byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
            if index < 8 {
                low |= UInt64(byte) << (8 * UInt64(index))
            } else {
                high |= UInt64(byte) << (8 * UInt64(index - 8))
            }
            index += 1
        }
        return Key(low: low, high: high)
    }

    /// Lookup tables, built once per parse (cheap) so no global state is needed.
    struct Tables {
        let structure: [Key: ElementName]
        let extensions: [Key: ElementName]

        init() {
            func table(_ entries: [(String, ElementName)], folding: Bool) -> [Key: ElementName] {
                var result: [Key: ElementName] = [:]
                for (text, name) in entries {
                    var bytes = Array(text.utf8)
                    bytes.append(0)
                    if let key = bytes.withUnsafeBufferPointer({ buffer in
                        buffer.baseAddress.flatMap { ElementName.key($0, foldingCase: folding) }
                    }) {
                        result[key] = name
                    }
                }
                return result
            }
            structure = table(
                [
                    ("gpx", .gpx), ("metadata", .metadata), ("name", .name), ("Name", .name), ("time", .time),
                    ("Time", .time), ("trk", .trk), ("trkseg", .trkseg), ("trkpt", .trkpt), ("rte", .rte),
                    ("rtept", .rtept), ("wpt", .wpt), ("ele", .ele), ("type", .type), ("fix", .fix),
                    ("speed", .speed), ("extensions", .extensions), ("Extensions", .extensions),
                    ("Activity", .activity), ("Lap", .lap), ("Trackpoint", .trackpoint), ("Position", .position),
                    ("LatitudeDegrees", .latitudeDegrees), ("LongitudeDegrees", .longitudeDegrees),
                    ("AltitudeMeters", .altitudeMeters), ("DistanceMeters", .distanceMeters),
                    ("HeartRateBpm", .heartRateBpm), ("Value", .value), ("Cadence", .cadence),
                    ("TotalTimeSeconds", .totalTimeSeconds), ("Course", .course),
                ],
                folding: false
            )
            extensions = table(
                [
                    ("hr", .extensionHeartRate), ("heartrate", .extensionHeartRate),
                    ("cad", .extensionCadence), ("cadence", .extensionCadence), ("runcadence", .extensionCadence),
                    ("atemp", .extensionTemperature), ("speed", .extensionSpeed), ("extensions", .extensions),
                ],
                folding: true
            )
        }
    }
}
