/// One field of a message to write: its profile field, base type and little-endian bytes. Built only by the
/// typed messages (`FITWorkoutFile`), which take the field numbers from the generated `FITFieldID` tables.
struct OutgoingField: Sendable, Hashable {
    let id: FITFieldID
    let baseType: BaseType
    let bytes: [UInt8]

    /// An enum field; nil writes the invalid value.
    static func enumeration(_ id: FITFieldID, _ value: UInt8?) -> OutgoingField {
        OutgoingField(id: id, baseType: .enumeration, bytes: [value ?? 0xFF])
    }

    static func uint16(_ id: FITFieldID, _ value: UInt16?) -> OutgoingField {
        OutgoingField(id: id, baseType: .uint16, bytes: littleEndian(UInt64(value ?? 0xFFFF), count: 2))
    }

    static func uint32(_ id: FITFieldID, _ value: UInt32?) -> OutgoingField {
        OutgoingField(id: id, baseType: .uint32, bytes: littleEndian(UInt64(value ?? 0xFFFF_FFFF), count: 4))
    }

    /// A uint32z field (0 is its invalid value).
    static func uint32z(_ id: FITFieldID, _ value: UInt32?) -> OutgoingField {
        OutgoingField(id: id, baseType: .uint32z, bytes: littleEndian(UInt64(value ?? 0), count: 4))
    }

    /// A string in exactly `size` bytes: UTF-8, cut at a character boundary to leave at least one NUL,
    /// control characters dropped, padded with NULs. The size is fixed so that one definition serves every
    /// message of the type.
    static func string(_ id: FITFieldID, _ text: String?, size: Int) -> OutgoingField {
        OutgoingField(id: id, baseType: .string, bytes: fixedString(text ?? "", size: size))
    }

    static func littleEndian(_ value: UInt64, count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }

    /// `text` as at most `size - 1` UTF-8 bytes of whole characters, then NULs up to `size`.
    static func fixedString(_ text: String, size: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        for character in text
        where !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            let utf8 = Array(String(character).utf8)
            if bytes.count + utf8.count > size - 1 { break }
            bytes += utf8
        }
        return bytes + [UInt8](repeating: 0, count: size - bytes.count)
    }
}

/// One data message to write: its global number and fields in definition order.
struct OutgoingMessage: Sendable, Hashable {
    let globalNumber: UInt16
    let fields: [OutgoingField]

    /// What a definition message states: the global number and each field's number, size and base type.
    var layout: Layout {
        Layout(
            globalNumber: globalNumber,
            fields: fields.map { LayoutField(number: $0.id.number, size: UInt8($0.bytes.count), baseType: $0.baseType) }
        )
    }

    struct LayoutField: Sendable, Hashable {
        let number: UInt8
        let size: UInt8
        let baseType: BaseType
    }

    struct Layout: Sendable, Hashable {
        let globalNumber: UInt16
        let fields: [LayoutField]
    }
}
