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

    /// An open-addressing table from packed names, with a multiply-shift hash: a Dictionary's
    /// SipHash per element showed up in the benchmark at 5 % of the parse.
    struct NameTable {
        private static let slotCount = 128
        private var keys: [Key]
        private var names: [ElementName]

        init(_ entries: [(Key, ElementName)]) {
            keys = Array(repeating: Key(low: 0, high: 0), count: Self.slotCount)
            names = Array(repeating: .other, count: Self.slotCount)
            for (key, name) in entries {
                var slot = Self.slot(key)
                while keys[slot].low != 0 { slot = (slot + 1) & (Self.slotCount - 1) }
                keys[slot] = key
                names[slot] = name
            }
        }

        @inline(__always)
        private static func slot(_ key: Key) -> Int {
            Int(truncatingIfNeeded: ((key.low ^ (key.high &* 31)) &* 0x9E37_79B9_7F4A_7C15) >> 57)
        }

        /// The element the name stands for; `.other` for names the reader does not act on.
        @inline(__always)
        func lookup(_ key: Key) -> ElementName {
            var slot = Self.slot(key)
            while true {
                let candidate = keys[slot]
                if candidate == key { return names[slot] }
                if candidate.low == 0 { return .other }
                slot = (slot + 1) & (Self.slotCount - 1)
            }
        }
    }

    /// Lookup tables, built once per parse (cheap) so no global state is needed.
    struct Tables {
        let structure: NameTable
        let extensions: NameTable

        init() {
            func table(_ entries: [(String, ElementName)], folding: Bool) -> NameTable {
                var result: [(Key, ElementName)] = []
                for (text, name) in entries {
                    var bytes = Array(text.utf8)
                    bytes.append(0)
                    if let key = bytes.withUnsafeBufferPointer({ buffer in
                        buffer.baseAddress.flatMap { ElementName.key($0, foldingCase: folding) }
                    }) {
                        result.append((key, name))
                    }
                }
                return NameTable(result)
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
