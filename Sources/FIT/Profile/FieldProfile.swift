/// The profile of one field of a message: name, type, scale/offset, units, components, subfields.
struct FieldProfile: Sendable {
    let number: UInt8
    let name: String
    let type: ProfileType
    /// Physical value = raw / scale - offset.
    let scale: Double
    let offset: Double
    let units: String?
    /// Bit fields packed in this field's raw value that fill other fields of the same message.
    let components: [ComponentProfile]
    /// True when the field counts up and wraps: components that fill it are accumulated.
    let isAccumulated: Bool
    /// Alternative readings of the field, chosen by the value of another field.
    let subfields: [SubfieldProfile]
}

/// One component of a field: `bits` bits of its raw value that fill field `target`.
struct ComponentProfile: Sendable {
    let target: UInt8
    let bits: Int
    let scale: Double
    let offset: Double
}

/// A subfield: another name, type and scale for a field when a reference field has a given value.
struct SubfieldProfile: Sendable {
    let name: String
    let type: ProfileType
    let scale: Double
    let offset: Double
    let units: String?
    let components: [ComponentProfile]
    let selectors: [SubfieldSelector]
}

/// Selects a subfield when field `field` of the same message holds raw value `value`.
struct SubfieldSelector: Sendable {
    let field: UInt8
    let value: Int64
}
