/// What a field_description message says about one developer field.
struct DeveloperFieldDescription: Sendable {
    let developerIndex: UInt8
    let number: UInt8
    let baseType: BaseType
    let name: String?
    let units: String?
}

/// The developer data ids and field descriptions seen so far in a file.
struct DeveloperFieldRegistry: Sendable {
    private var developers: Set<UInt8> = []
    private var descriptions: [UInt16: DeveloperFieldDescription] = [:]
    /// Bumped by every change, so plans know when to resolve their developer fields again.
    private(set) var generation = 0

    /// Records a developer_data_id message.
    mutating func register(developerDataID message: FITMessage) {
        guard let index = message.unsignedInteger(FITFieldID.DeveloperDataId.developerDataIndex), index < 0xFF else {
            return
        }
        developers.insert(UInt8(index))
        generation += 1
    }

    /// Records a field_description message; ignored, like the SDK does, when its developer is unknown.
    mutating func register(fieldDescription message: FITMessage) {
        guard let index = message.unsignedInteger(FITFieldID.FieldDescription.developerDataIndex), index < 0xFF,
            developers.contains(UInt8(index)),
            let number = message.unsignedInteger(FITFieldID.FieldDescription.fieldDefinitionNumber), number <= 0xFF,
            let baseByte = message.unsignedInteger(FITFieldID.FieldDescription.fitBaseTypeId),
            let baseType = BaseType(definitionByte: UInt8(truncatingIfNeeded: baseByte))
        else { return }
        let description = DeveloperFieldDescription(
            developerIndex: UInt8(index), number: UInt8(number), baseType: baseType,
            name: message.text(FITFieldID.FieldDescription.fieldName),
            units: message.text(FITFieldID.FieldDescription.units)
        )
        descriptions[UInt16(index) << 8 | UInt16(number)] = description
        generation += 1
    }

    func description(developerIndex: UInt8, number: UInt8) -> DeveloperFieldDescription? {
        descriptions[UInt16(developerIndex) << 8 | UInt16(number)]
    }
}
