import Foundation
public import RunModel

/// The compact binary form of a run's samples stored in `run.samples`.
///
/// Layout (little-endian): "RRS1", UInt32 sample count, UInt8 field mask, Float64 base time
/// (Unix seconds of the first timed sample, 0 if none), then per sample one 4-byte value per field
/// present in the mask, in this order:
/// bit 0 time — Float32 seconds after the base time; bit 1 latitude, bit 2 longitude — Int32 in
/// 1e-7 degrees (about 1 cm); bit 3 elevation m, bit 4 heart rate, bit 5 cadence, bit 6 cumulative
/// distance m — Float32. An absent value is NaN (floats) or Int32.min (coordinates).
/// A one-hour 1 Hz track with every field takes about 100 KB. Lossy only below device precision.
///
/// "RRS2" (written only when a sample has one of its extra fields) is the same with a UInt16 field
/// mask (header 18 bytes) and five more Float32 fields after distance: bit 7 fractional cadence,
/// bit 8 speed m/s, bit 9 ground contact time ms, bit 10 vertical oscillation mm, bit 11 vertical
/// ratio %. Blobs written as "RRS1" stay readable as they are.
public enum SampleCoding {
    static let magic: [UInt8] = Array("RRS1".utf8)
    static let magic2: [UInt8] = Array("RRS2".utf8)
    static let headerSize = 4 + 4 + 1 + 8
    static let headerSize2 = 4 + 4 + 2 + 8

    /// The optional Float32 fields in mask-bit order (bit 3 onwards; 1 and 2 are the coordinates).
    private static var floatFields: [WritableKeyPath<Sample, Double?>] {
        [
            \.elevationMeters, \.heartRate, \.cadence, \.distanceMeters, \.fractionalCadence,
            \.speedMetersPerSecond, \.groundContactMs, \.verticalOscillationMm, \.verticalRatioPercent,
        ]
    }

    /// Encodes samples into the blob format ("RRS1" unless an extra field is present).
    public static func encode(_ samples: [Sample]) -> [UInt8] {
        let floatFields = floatFields
        var mask: UInt16 = 0
        var base: Double?
        for sample in samples {
            if let time = sample.time {
                mask |= 1 << 0
                if base == nil { base = time.timeIntervalSince1970 }
            }
            if sample.latitude != nil { mask |= 1 << 1 }
            if sample.longitude != nil { mask |= 1 << 2 }
            for (index, field) in floatFields.enumerated() where sample[keyPath: field] != nil {
                mask |= 1 << (index + 3)
            }
        }
        let baseTime = base ?? 0
        let wide = mask >= 0x80
        var bytes = wide ? magic2 : magic
        bytes.reserveCapacity(headerSize2 + samples.count * mask.nonzeroBitCount * 4)
        append(UInt32(clamping: samples.count), to: &bytes)
        if wide { append(mask, to: &bytes) } else { bytes.append(UInt8(truncatingIfNeeded: mask)) }
        append(baseTime.bitPattern, to: &bytes)
        for sample in samples {
            if mask & 1 << 0 != 0 { appendFloat(sample.time.map { $0.timeIntervalSince1970 - baseTime }, to: &bytes) }
            if mask & 1 << 1 != 0 { appendDegrees(sample.latitude, to: &bytes) }
            if mask & 1 << 2 != 0 { appendDegrees(sample.longitude, to: &bytes) }
            for (index, field) in floatFields.enumerated() where mask & 1 << (index + 3) != 0 {
                appendFloat(sample[keyPath: field], to: &bytes)
            }
        }
        return bytes
    }

    /// Decodes a blob; on damage, throws the byte offset where it stopped making sense.
    public static func decode(_ bytes: [UInt8]) throws(SampleCodingError) -> [Sample] {
        let floatFields = floatFields
        guard bytes.count >= headerSize else { throw SampleCodingError(byteOffset: bytes.count) }
        let wide = Array(bytes[0..<4]) == magic2
        guard wide || Array(bytes[0..<4]) == magic else { throw SampleCodingError(byteOffset: 0) }
        let header = wide ? headerSize2 : headerSize
        guard bytes.count >= header else { throw SampleCodingError(byteOffset: bytes.count) }
        let count = Int(readUInt32(bytes, at: 4))
        let mask = wide ? UInt16(bytes[8]) | UInt16(bytes[9]) << 8 : UInt16(bytes[8])
        guard mask >> (floatFields.count + 3) == 0, wide || mask & 0x80 == 0 else {
            throw SampleCodingError(byteOffset: 8)
        }
        let baseTime = Double(bitPattern: readUInt64(bytes, at: header - 8))
        let stride = mask.nonzeroBitCount * 4
        guard bytes.count == header + count * stride else {
            throw SampleCodingError(byteOffset: min(bytes.count, header + count * stride))
        }
        var samples: [Sample] = []
        samples.reserveCapacity(count)
        var offset = header
        func float() -> Double? {
            defer { offset += 4 }
            let value = Float(bitPattern: readUInt32(bytes, at: offset))
            return value.isNaN ? nil : Double(value)
        }
        func degrees() -> Double? {
            defer { offset += 4 }
            let value = Int32(bitPattern: readUInt32(bytes, at: offset))
            return value == .min ? nil : Double(value) / 1e7
        }
        for _ in 0..<count {
            var sample = Sample()
            if mask & 1 << 0 != 0 { sample.time = float().map { Date(timeIntervalSince1970: baseTime + $0) } }
            if mask & 1 << 1 != 0 { sample.latitude = degrees() }
            if mask & 1 << 2 != 0 { sample.longitude = degrees() }
            for (index, field) in floatFields.enumerated() where mask & 1 << (index + 3) != 0 {
                sample[keyPath: field] = float()
            }
            samples.append(sample)
        }
        return samples
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private static func appendFloat(_ value: Double?, to bytes: inout [UInt8]) {
        append((value.map { Float($0) } ?? .nan).bitPattern, to: &bytes)
    }

    private static func appendDegrees(_ value: Double?, to bytes: inout [UInt8]) {
        var raw = Int32.min
        if let value, value.isFinite, abs(value) <= 180 { raw = Int32((value * 1e7).rounded()) }
        append(raw, to: &bytes)
    }

    private static func readUInt32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }

    private static func readUInt64(_ bytes: [UInt8], at offset: Int) -> UInt64 {
        (0..<8).reduce(0) { $0 | UInt64(bytes[offset + $1]) << (8 * $1) }
    }
}

/// A sample blob that does not follow `SampleCoding`'s layout, with the byte where it went wrong.
public struct SampleCodingError: Error, Sendable, Hashable, CustomStringConvertible {
    public var byteOffset: Int
    public var description: String { "sample data damaged at byte \(byteOffset)" }
}
