/// Writes a FIT file, the decoder's mirror: a 14-byte header with its CRC, one definition message per local
/// message type (written before the first data message of each layout), little-endian data messages, and the
/// file CRC. Messages come from the typed messages (`FITWorkoutFile`), never as bare numbers.
struct FITEncoder: Sendable {
    /// The protocol version the header states (2.0).
    static let protocolVersion: UInt8 = 0x20

    private var body: [UInt8] = []
    private var localTypes: [OutgoingMessage.Layout: UInt8] = [:]
    private var layoutOfLocalType: [UInt8: OutgoingMessage.Layout] = [:]
    private var nextLocalType: UInt8 = 0

    init() {}

    /// Appends `message`, preceded by its definition the first time its layout is written. With more than
    /// 16 layouts the oldest local type is defined again for the new one.
    mutating func append(_ message: OutgoingMessage) {
        let layout = message.layout
        let local: UInt8
        if let known = localTypes[layout] {
            local = known
        } else {
            local = nextLocalType
            nextLocalType = (nextLocalType + 1) & 0x0F
            if let evicted = layoutOfLocalType[local] { localTypes[evicted] = nil }
            localTypes[layout] = local
            layoutOfLocalType[local] = layout
            appendDefinition(layout, local: local)
        }
        body.append(local)
        for field in message.fields { body += field.bytes }
    }

    private mutating func appendDefinition(_ layout: OutgoingMessage.Layout, local: UInt8) {
        body += [0x40 | local, 0, 0]  // definition header, reserved, little-endian
        body += OutgoingField.littleEndian(UInt64(layout.globalNumber), count: 2)
        body.append(UInt8(layout.fields.count))
        for field in layout.fields {
            // The base type byte: the type number, with the endian bit for multi-byte types.
            body += [field.number, field.size, field.baseType.rawValue | (field.baseType.size > 1 ? 0x80 : 0)]
        }
    }

    /// The whole file: header (with its CRC), the messages, the file CRC.
    func file() -> [UInt8] {
        var header: [UInt8] = [14, Self.protocolVersion]
        header += OutgoingField.littleEndian(UInt64(FITProfileValue.profileVersion), count: 2)
        header += OutgoingField.littleEndian(UInt64(body.count), count: 4)
        header += Array(".FIT".utf8)
        header += OutgoingField.littleEndian(UInt64(Self.crc(header)), count: 2)
        let data = header + body
        return data + OutgoingField.littleEndian(UInt64(Self.crc(data)), count: 2)
    }

    private static func crc(_ bytes: [UInt8]) -> UInt16 {
        bytes.withUnsafeBytes { CRC16.checksum($0, 0..<$0.count) }
    }
}
