import CZoneBoundaries
import Foundation

/// The offline time-zone boundary table compiled into RunRamp: which IANA zone a coordinate lies
/// in, oceans included (as `Etc/GMT±N`). A pure lookup; offsets come from the zone's rules.
public struct ZoneBoundaryTable: Sendable {
    /// Every zone name the table knows, e.g. "Australia/Sydney".
    public let zoneNames: [String]
    let polygons: [ZonePolygon]
    /// Coordinate units per degree.
    let unitsPerDegree: Double

    /// The table linked into the binary, decoded and parsed on first use, once per process
    /// (immutable after).
    public static let embedded: Result<ZoneBoundaryTable, ZoneBoundaryTableError> = {
        let text = Data(
            bytes: runramp_zone_boundaries_base64_start(), count: Int(runramp_zone_boundaries_base64_length))
        guard let bytes = Data(base64Encoded: text) else {
            return .failure(ZoneBoundaryTableError(.notATable, offset: 0))
        }
        do {
            return .success(try bytes.withUnsafeBytes { try ZoneBoundaryTable($0) })
        } catch let error as ZoneBoundaryTableError {
            return .failure(error)
        } catch {
            return .failure(ZoneBoundaryTableError(.notATable, offset: 0))
        }
    }()

    /// Reads a table in the format Scripts/generate_tz_table.py writes (see docs/local-dates.md).
    public init(_ bytes: UnsafeRawBufferPointer) throws(ZoneBoundaryTableError) {
        var reader = TableReader(bytes: bytes)
        guard bytes.count >= 15, Array(bytes.prefix(4)) == Array("RRTZ".utf8), bytes[4] == 1 else {
            throw ZoneBoundaryTableError(.notATable, offset: 0)
        }
        reader.offset = 5
        let units = try reader.unsigned(4)
        guard (1...10_000_000).contains(units) else { throw ZoneBoundaryTableError(.notATable, offset: 5) }
        let zoneCount = Int(try reader.unsigned(2))
        let polygonCount = Int(try reader.unsigned(4))
        var names: [String] = []
        for _ in 0..<zoneCount {
            let length = Int(try reader.unsigned(1))
            names.append(String(decoding: try reader.take(length), as: UTF8.self))
        }
        var polygons: [ZonePolygon] = []
        for _ in 0..<polygonCount {
            let start = reader.offset
            let zone = Int(try reader.unsigned(2))
            guard zone < zoneCount else { throw ZoneBoundaryTableError(.undefinedZone(zone), offset: start) }
            let ringCount = Int(try reader.unsigned(2))
            let box = [try reader.signed32(), try reader.signed32(), try reader.signed32(), try reader.signed32()]
            var rings: [[Int32]] = []
            for _ in 0..<ringCount {
                let points = Int(try reader.unsigned(4))
                // Each point takes at least two bytes: a count beyond the bytes left is damage.
                guard points <= (bytes.count - reader.offset) / 2 else {
                    throw ZoneBoundaryTableError(.truncated, offset: reader.offset)
                }
                var ring: [Int32] = []
                ring.reserveCapacity(points * 2)
                var longitude: Int64 = 0
                var latitude: Int64 = 0
                for _ in 0..<points {
                    longitude += try reader.zigzag()
                    latitude += try reader.zigzag()
                    guard let x = Int32(exactly: longitude), let y = Int32(exactly: latitude) else {
                        throw ZoneBoundaryTableError(.truncated, offset: reader.offset)
                    }
                    ring.append(x)
                    ring.append(y)
                }
                rings.append(ring)
            }
            polygons.append(
                ZonePolygon(
                    zone: zone, minLongitude: box[0], minLatitude: box[1], maxLongitude: box[2], maxLatitude: box[3],
                    rings: rings))
        }
        zoneNames = names
        self.polygons = polygons
        unitsPerDegree = Double(units)
    }

    /// The zone at a coordinate in degrees, or nil when no polygon holds it (a sliver between two
    /// simplified borders, a pole) or the coordinate is not on Earth.
    public func zone(latitude: Double, longitude: Double) -> String? {
        guard latitude.isFinite, longitude.isFinite, abs(latitude) <= 90, abs(longitude) <= 180 else { return nil }
        guard let x = Int32(exactly: (longitude * unitsPerDegree).rounded()),
            let y = Int32(exactly: (latitude * unitsPerDegree).rounded())
        else { return nil }
        // Polygons come smallest first, so an enclave answers before the zone around it.
        for polygon in polygons where polygon.boxContains(longitude: x, latitude: y) {
            if polygon.contains(longitude: x, latitude: y) { return zoneNames[polygon.zone] }
        }
        return nil
    }

    /// The nautical zone of a longitude: `Etc/GMT-10` for UTC+10 east of 142.5° E (the `Etc` names
    /// have the POSIX sign, opposite to the offset), `Etc/GMT` within 7.5° of Greenwich.
    public static func nauticalZone(longitude: Double) -> String {
        guard longitude.isFinite else { return "Etc/GMT" }
        let hours = Int((max(-180, min(180, longitude)) / 15).rounded())
        if hours == 0 { return "Etc/GMT" }
        return hours > 0 ? "Etc/GMT-\(hours)" : "Etc/GMT+\(-hours)"
    }
}

/// A bounds-checked little-endian cursor over the table bytes.
private struct TableReader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    mutating func take(_ count: Int) throws(ZoneBoundaryTableError) -> UnsafeRawBufferPointer.SubSequence {
        guard count >= 0, bytes.count - offset >= count else {
            throw ZoneBoundaryTableError(.truncated, offset: offset)
        }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func unsigned(_ size: Int) throws(ZoneBoundaryTableError) -> UInt64 {
        var value: UInt64 = 0
        for (shift, byte) in try take(size).enumerated() { value |= UInt64(byte) << (8 * UInt64(shift)) }
        return value
    }

    mutating func signed32() throws(ZoneBoundaryTableError) -> Int32 {
        Int32(truncatingIfNeeded: try unsigned(4))
    }

    /// A zigzag-encoded LEB128 varint (at most 10 bytes).
    mutating func zigzag() throws(ZoneBoundaryTableError) -> Int64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw ZoneBoundaryTableError(.truncated, offset: offset) }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
    }
}
