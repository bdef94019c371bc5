/// How to read the data messages of one definition message, prepared once when the definition
/// is read: where each field sits, its base type, and its profile.
final class MessagePlan: Sendable {
    let globalNumber: UInt16
    let profile: MessageProfile?
    /// The profile name of the message, nil when the profile has none.
    let messageName: String?
    /// How to find each field name the messages can answer (see `FieldResolver`).
    let resolvers: ResolverTable
    /// How to read each field as a number, without touching its profile's references.
    let numericFields: [NumericField]
    let isBigEndian: Bool
    /// Bytes of message content after the record header, developer fields included.
    let size: Int
    let fields: [FieldPlan]
    let developerFields: [DeveloperFieldPlan]
    /// Offset of a 4-byte field 253 (timestamp), which compressed timestamps count from.
    let timestampOffset: Int?
    /// Component expansions into accumulated fields, and direct values that reset them.
    let accumulations: [AccumulationStep]
    /// True when some step adds a component to an accumulated field (not only resets).
    let accumulatesComponents: Bool
    /// The developer field registry generation the developer fields were resolved against.
    let developerGeneration: Int

    init(
        globalNumber: UInt16, isBigEndian: Bool, fields: [FieldPlan], developerFields: [DeveloperFieldPlan],
        developerGeneration: Int
    ) {
        let profile = MessageProfile.forGlobalNumber(globalNumber)
        self.globalNumber = globalNumber
        self.profile = profile
        self.messageName = profile?.name ?? MessageProfile.name(ofGlobalNumber: globalNumber)
        self.resolvers = ResolverTable(fields: fields, profile: profile)
        self.numericFields = fields.map(NumericField.init)
        self.isBigEndian = isBigEndian
        self.fields = fields
        self.developerFields = developerFields
        self.developerGeneration = developerGeneration
        self.size = fields.reduce(0) { $0 + $1.size } + developerFields.reduce(0) { $0 + $1.size }
        self.timestampOffset = fields.first { $0.number == 253 && $0.size == 4 && $0.baseType.size == 4 }?.offset
        self.accumulations = Self.accumulationSteps(fields: fields, profile: profile)
        self.accumulatesComponents = accumulations.contains {
            if case .component = $0 { true } else { false }
        }
    }

    /// The same plan with its developer fields resolved against newer descriptions.
    func resolvingDeveloperFields(with registry: DeveloperFieldRegistry) -> MessagePlan {
        MessagePlan(
            globalNumber: globalNumber, isBigEndian: isBigEndian, fields: fields,
            developerFields: developerFields.map { plan in
                var plan = plan
                plan.description = registry.description(developerIndex: plan.developerIndex, number: plan.number)
                return plan
            },
            developerGeneration: registry.generation
        )
    }

    private static func accumulationSteps(fields: [FieldPlan], profile: MessageProfile?) -> [AccumulationStep] {
        guard let profile else { return [] }
        var steps: [AccumulationStep] = []
        for (index, field) in fields.enumerated() {
            guard let fieldProfile = field.profile else { continue }
            var bitOffset = 0
            for component in fieldProfile.components {
                if let target = profile.field(component.target), target.isAccumulated {
                    steps.append(.component(field: index, bitOffset: bitOffset, component: component))
                }
                bitOffset += component.bits
            }
            if fieldProfile.isAccumulated, let source = Self.componentFilling(fieldProfile.number, in: profile) {
                steps.append(.reset(field: index, target: fieldProfile, component: source))
            }
        }
        return steps
    }

    /// The first component of the message that fills field `number`.
    private static func componentFilling(_ number: UInt8, in profile: MessageProfile) -> ComponentProfile? {
        for field in profile.fields {
            if let component = field.components.first(where: { $0.target == number }) { return component }
        }
        return nil
    }
}

/// Where one field sits in a data message and how to read it.
struct FieldPlan: Sendable {
    let number: UInt8
    /// Offset from the first content byte (after the record header).
    let offset: Int
    let size: Int
    let baseType: BaseType
    let profile: FieldProfile?

    var elementCount: Int { size / baseType.size }
}

/// Where one developer field sits, and its description when one was seen.
struct DeveloperFieldPlan: Sendable {
    let developerIndex: UInt8
    let number: UInt8
    let offset: Int
    let size: Int
    var description: DeveloperFieldDescription?
}

/// One step of the accumulation of a field that counts up and wraps (FIT "accumulate").
enum AccumulationStep: Sendable {
    /// Field `field` holds, at `bitOffset`, a component that adds to an accumulated field.
    case component(field: Int, bitOffset: Int, component: ComponentProfile)
    /// Field `field` is the accumulated field itself: its value restarts the accumulation.
    case reset(field: Int, target: FieldProfile, component: ComponentProfile)
}

/// What reading one field as a scaled number needs, as plain values.
struct NumericField: Sendable {
    let offset: Int
    let size: Int
    let baseType: BaseType
    let scale: Double
    let valueOffset: Double
    let isSemicircles: Bool
    /// False for strings, byte arrays and arrays (read through the slow path).
    let isSingleNumber: Bool

    init(_ field: FieldPlan) {
        offset = field.offset
        size = field.size
        baseType = field.baseType
        scale = field.profile?.scale ?? 1
        valueOffset = field.profile?.offset ?? 0
        isSemicircles = field.profile?.units == "semicircles"
        isSingleNumber = field.baseType != .string && field.elementCount == 1
    }
}
