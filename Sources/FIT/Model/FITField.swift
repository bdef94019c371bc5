/// One field of a decoded message: its number, profile name and units, and its raw value.
public struct FITField: Sendable, Hashable {
    public var number: UInt8
    /// Profile name; nil for a field the profile does not define (kept raw).
    public var name: String?
    /// Raw value; `scale` and `offset` turn a number into physical units (raw / scale - offset).
    public var value: FITValue
    public var units: String?
    public var scale: Double
    public var offset: Double
    /// The profile type, which names enum values.
    var profileType: ProfileType = .plain

    public init(
        number: UInt8, name: String?, value: FITValue, units: String?, scale: Double = 1, offset: Double = 0
    ) {
        self.number = number
        self.name = name
        self.value = value
        self.units = units
        self.scale = scale
        self.offset = offset
    }

    init(
        number: UInt8, name: String?, value: FITValue, units: String?, scale: Double, offset: Double, type: ProfileType
    ) {
        self.init(number: number, name: name, value: value, units: units, scale: scale, offset: offset)
        self.profileType = type
    }

    /// Equal when the public properties are equal (the profile type follows from the name).
    public static func == (lhs: FITField, rhs: FITField) -> Bool {
        lhs.number == rhs.number && lhs.name == rhs.name && lhs.value == rhs.value && lhs.units == rhs.units
            && lhs.scale == rhs.scale && lhs.offset == rhs.offset
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(number)
        hasher.combine(name)
        hasher.combine(value)
    }

    /// The value in physical units (scale and offset applied); nil for strings and byte blobs.
    public var scaledNumber: Double? {
        guard let raw = value.number else { return nil }
        return scale == 1 && offset == 0 ? raw : raw / scale - offset
    }
}
