/// The FIT base types (low 5 bits of a field definition's base type byte).
enum BaseType: UInt8, Sendable {
    case enumeration = 0
    case sint8, uint8, sint16, uint16, sint32, uint32, string, float32, float64
    case uint8z, uint16z, uint32z, byte, sint64, uint64, uint64z

    /// The base type of a definition's base type byte; nil for a number the protocol lacks.
    init?(definitionByte: UInt8) {
        self.init(rawValue: definitionByte & 0x1F)
    }

    /// Size in bytes of one element.
    var size: Int {
        switch self {
        case .enumeration, .sint8, .uint8, .string, .uint8z, .byte: 1
        case .sint16, .uint16, .uint16z: 2
        case .sint32, .uint32, .float32, .uint32z: 4
        case .float64, .sint64, .uint64, .uint64z: 8
        }
    }

    /// The raw bit pattern (zero-extended to 64 bits) that means "no value".
    var invalidPattern: UInt64 {
        switch self {
        case .enumeration, .uint8, .byte: 0xFF
        case .sint8: 0x7F
        case .sint16: 0x7FFF
        case .uint16: 0xFFFF
        case .sint32: 0x7FFF_FFFF
        case .uint32, .float32: 0xFFFF_FFFF
        case .float64, .uint64: 0xFFFF_FFFF_FFFF_FFFF
        case .sint64: 0x7FFF_FFFF_FFFF_FFFF
        case .string, .uint8z, .uint16z, .uint32z, .uint64z: 0
        }
    }

    var isSigned: Bool {
        switch self {
        case .sint8, .sint16, .sint32, .sint64: true
        default: false
        }
    }

    var isFloat: Bool { self == .float32 || self == .float64 }

    /// The value of one element's raw bits, nil when they are the invalid pattern.
    @inline(__always)
    func value(ofRaw raw: UInt64) -> FITValue? {
        if raw == invalidPattern { return nil }
        switch self {
        case .sint8: return .signed(Int64(Int8(truncatingIfNeeded: raw)))
        case .sint16: return .signed(Int64(Int16(truncatingIfNeeded: raw)))
        case .sint32: return .signed(Int64(Int32(truncatingIfNeeded: raw)))
        case .sint64: return .signed(Int64(bitPattern: raw))
        case .float32: return .float(Double(Float(bitPattern: UInt32(truncatingIfNeeded: raw))))
        case .float64: return .float(Double(bitPattern: raw))
        default: return .unsigned(raw)
        }
    }

    /// The numeric value of one element's raw bits, nil when invalid.
    @inline(__always)
    func number(ofRaw raw: UInt64) -> Double? {
        if raw == invalidPattern { return nil }
        switch self {
        case .sint8: return Double(Int8(truncatingIfNeeded: raw))
        case .sint16: return Double(Int16(truncatingIfNeeded: raw))
        case .sint32: return Double(Int32(truncatingIfNeeded: raw))
        case .sint64: return Double(Int64(bitPattern: raw))
        case .float32: return Double(Float(bitPattern: UInt32(truncatingIfNeeded: raw)))
        case .float64: return Double(bitPattern: raw)
        default: return Double(raw)
        }
    }
}
