/// Builds FIT files byte by byte for tests, with its own (bitwise) CRC so tests do not trust the
/// decoder's CRC table.
public struct FITBuilder: Sendable {
    public var body: [UInt8] = []

    public init() {}

    /// A definition message: fields are (number, size, base type byte).
    public mutating func define(
        local: UInt8, global: UInt16, bigEndian: Bool = false, fields: [(UInt8, UInt8, UInt8)],
        developerFields: [(UInt8, UInt8, UInt8)] = []
    ) {
        body.append(0x40 | (developerFields.isEmpty ? 0 : 0x20) | local)
        body += [0, bigEndian ? 1 : 0]
        body += bigEndian ? [UInt8(global >> 8), UInt8(global & 0xFF)] : le16(global)
        body.append(UInt8(fields.count))
        for f in fields { body += [f.0, f.1, f.2] }
        if !developerFields.isEmpty {
            body.append(UInt8(developerFields.count))
            for f in developerFields { body += [f.0, f.1, f.2] }
        }
    }

    /// A data message with a normal header.
    public mutating func data(local: UInt8, _ content: [UInt8]) {
        body.append(local & 0x0F)
        body += content
    }

    /// A data message with a compressed-timestamp header (local 0–3, 5-bit time offset).
    public mutating func compressed(local: UInt8, timeOffset: UInt8, _ content: [UInt8]) {
        body.append(0x80 | (local & 0x03) << 5 | (timeOffset & 0x1F))
        body += content
    }

    /// The complete file: header (12 or 14 bytes), body, file CRC.
    public func file(headerSize: Int = 14, headerCRC: Bool = true, dataSize: Int? = nil) -> [UInt8] {
        var header: [UInt8] = [UInt8(headerSize), 0x20] + le16(2132) + le32(UInt32(dataSize ?? body.count))
        header += Array(".FIT".utf8)
        if headerSize == 14 { header += headerCRC ? le16(testCRC(header)) : [0, 0] }
        let data = header + body
        return data + le16(testCRC(data))
    }
}

public func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
public func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }
public func be16(_ v: UInt16) -> [UInt8] { [UInt8(v >> 8), UInt8(v & 0xFF)] }
public func be32(_ v: UInt32) -> [UInt8] { le32(v).reversed() }

/// CRC-16/ARC, bit by bit (independent of the decoder's table).
public func testCRC(_ bytes: [UInt8]) -> UInt16 {
    var crc: UInt16 = 0
    for byte in bytes {
        crc ^= UInt16(byte)
        for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xA001 : crc >> 1 }
    }
    return crc
}

/// Base type bytes as they appear in definitions.
public enum Base {
    public static let enumeration: UInt8 = 0x00, sint8: UInt8 = 0x01, uint8: UInt8 = 0x02, sint16: UInt8 = 0x83
    public static let uint16: UInt8 = 0x84, sint32: UInt8 = 0x85, uint32: UInt8 = 0x86, string: UInt8 = 0x07
    public static let float32: UInt8 = 0x88, float64: UInt8 = 0x89, uint8z: UInt8 = 0x0A, uint16z: UInt8 = 0x8B
    public static let uint32z: UInt8 = 0x8C, byte: UInt8 = 0x0D, sint64: UInt8 = 0x8E, uint64: UInt8 = 0x8F
    public static let uint64z: UInt8 = 0x90
}

/// A minimal valid file: file_id (type activity, manufacturer garmin) and one record.
public func minimalActivity() -> FITBuilder {
    var b = FITBuilder()
    b.define(local: 0, global: 0, fields: [(0, 1, Base.enumeration), (1, 2, Base.uint16)])
    b.data(local: 0, [4] + le16(1))
    b.define(local: 1, global: 20, fields: [(253, 4, Base.uint32), (3, 1, Base.uint8)])
    b.data(local: 1, le32(1_000_000_000) + [150])
    return b
}
