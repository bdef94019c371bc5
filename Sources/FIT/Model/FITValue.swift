/// A decoded FIT value before scale and offset: integers keep their sign, arrays their elements.
public enum FITValue: Sendable, Hashable {
    case signed(Int64)
    case unsigned(UInt64)
    case float(Double)
    case string(String)
    case bytes([UInt8])
    case array([FITValue])

    /// The value as a number; the first element of an array; nil for strings and byte blobs.
    public var number: Double? {
        switch self {
        case .signed(let v): Double(v)
        case .unsigned(let v): Double(v)
        case .float(let v): v
        case .string: nil
        case .bytes(let b): b.count == 1 ? Double(b[0]) : nil
        case .array(let a): a.first?.number
        }
    }

    /// The value as an unsigned integer when it is one (enum values, counts).
    var unsignedInteger: UInt64? {
        switch self {
        case .unsigned(let v): v
        case .signed(let v): v >= 0 ? UInt64(v) : nil
        case .bytes(let b): b.count == 1 ? UInt64(b[0]) : nil
        case .float, .string, .array: nil
        }
    }
}
