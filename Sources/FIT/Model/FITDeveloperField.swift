/// A developer field of a message, described by an earlier field_description message.
public struct FITDeveloperField: Sendable, Hashable {
    public var developerIndex: UInt8
    public var number: UInt8
    /// Name and units from the field_description; nil when no description was seen.
    public var name: String?
    public var units: String?
    /// Decoded with the described base type (raw bytes when there is no description).
    public var value: FITValue

    public init(developerIndex: UInt8, number: UInt8, name: String?, units: String?, value: FITValue) {
        self.developerIndex = developerIndex
        self.number = number
        self.name = name
        self.units = units
        self.value = value
    }
}
