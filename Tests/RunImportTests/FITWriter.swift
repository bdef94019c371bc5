import Foundation
import TestSupport

/// Writes small, valid FIT files for tests from integer values in field order, on the shared
/// `FITBuilder` (14-byte header, definition and data messages, CRCs).
struct FITWriter {
    enum BaseType: UInt8 {
        case enumeration = 0x00
        case uint8 = 0x02
        case uint16 = 0x84
        case sint32 = 0x85
        case uint32 = 0x86
        var size: UInt8 {
            switch self {
            case .enumeration, .uint8: 1
            case .uint16: 2
            case .sint32, .uint32: 4
            }
        }
    }

    private var builder = FITBuilder()
    private var definitions: [UInt8: [BaseType]] = [:]

    /// Defines local message `local` as global message `global` with (field number, type) fields.
    mutating func define(local: UInt8, global: UInt16, _ fields: [(UInt8, BaseType)]) {
        builder.define(local: local, global: global, fields: fields.map { ($0.0, $0.1.size, $0.1.rawValue) })
        definitions[local] = fields.map(\.1)
    }

    /// Writes a data message; values in field order, as integers (two's complement for sint32).
    mutating func write(local: UInt8, _ values: [Int64]) {
        var content: [UInt8] = []
        for (type, value) in zip(definitions[local] ?? [], values) {
            for i in 0..<Int(type.size) { content.append(UInt8(truncatingIfNeeded: value >> (8 * i))) }
        }
        builder.data(local: local, content)
    }

    /// The whole file.
    var bytes: [UInt8] { builder.file() }

    static let fitEpoch: Double = 631_065_600

    /// A file_id-only FIT file of the given type (2 settings, 15 monitoring_a, 32 monitoring_b…).
    static func nonActivity(type: Int64, created: Date) -> [UInt8] {
        var writer = FITWriter()
        writer.define(local: 0, global: 0, [(0, .enumeration), (1, .uint16), (4, .uint32)])
        writer.write(local: 0, [type, 1, Int64(created.timeIntervalSince1970 - fitEpoch)])
        return writer.bytes
    }

    /// A running activity going north at a steady pace, one record every `interval` s, with a session
    /// (sport running / sub_sport as given), one lap and an activity message at UTC+1.
    static func activity(start: Date, distance: Double, points: Int = 60, interval: Double = 10, subSport: Int64 = 0)
        -> [UInt8]
    {
        var writer = FITWriter()
        let t0 = Int64(start.timeIntervalSince1970 - fitEpoch)
        let elapsed = Double(points - 1) * interval
        writer.define(local: 0, global: 0, [(0, .enumeration), (1, .uint16), (4, .uint32)])
        writer.write(local: 0, [4, 1, t0])
        writer.define(
            local: 1, global: 20, [(253, .uint32), (0, .sint32), (1, .sint32), (2, .uint16), (3, .uint8), (5, .uint32)])
        for i in 0..<points {
            let lat = 47.0 + distance * Double(i) / Double(points - 1) / 111_195
            let semicircles = Int64((lat * 2_147_483_648 / 180).rounded())
            let lon = Int64((8.0 * 2_147_483_648 / 180).rounded())
            let altitude = Int64((400 + 500) * 5)
            writer.write(
                local: 1,
                [
                    t0 + Int64(Double(i) * interval), semicircles, lon, altitude, 150,
                    Int64(distance * Double(i) / Double(points - 1) * 100),
                ])
        }
        writer.define(local: 2, global: 19, [(253, .uint32), (2, .uint32), (7, .uint32), (9, .uint32)])
        writer.write(local: 2, [t0 + Int64(elapsed), t0, Int64(elapsed * 1000), Int64(distance * 100)])
        writer.define(
            local: 3, global: 18,
            [
                (253, .uint32), (2, .uint32), (7, .uint32), (8, .uint32), (9, .uint32), (5, .enumeration),
                (6, .enumeration), (16, .uint8),
            ])
        writer.write(
            local: 3,
            [
                t0 + Int64(elapsed), t0, Int64(elapsed * 1000), Int64(elapsed * 1000), Int64(distance * 100), 1,
                subSport, 150,
            ])
        writer.define(local: 4, global: 34, [(253, .uint32), (5, .uint32)])
        writer.write(local: 4, [t0 + Int64(elapsed), t0 + Int64(elapsed) + 3_600])
        return writer.bytes
    }
}
