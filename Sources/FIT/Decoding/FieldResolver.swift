/// How to find a field by name in a message of one plan, prepared once per definition so that
/// `FITMessage.number(_:)` is a dictionary lookup plus a load.
enum FieldResolver: Sendable {
    /// The field at this index of the plan.
    case field(Int)
    /// A subfield of the field at `field`, when its selectors match.
    case subfield(field: Int, SubfieldProfile)
    /// A component of the field at `field` (of a subfield of it when `selectedBy` is set).
    case component(field: Int, ComponentSlice, target: ResolvedTarget, selectedBy: SubfieldProfile?)
    /// A component of a component (compressed_speed_distance → speed → enhanced_speed).
    case nested(field: Int, outer: ComponentSlice, outerTarget: ResolvedTarget, inner: ComponentSlice, target: ResolvedTarget)
    /// An accumulated field filled by a component: its total was computed while decoding.
    case accumulated(ResolvedTarget)
    /// The time a compressed-timestamp header gave the message.
    case headerTimestamp

    /// The resolvers of every name a plan's messages can answer, in priority order per name.
    static func table(fields: [FieldPlan], profile: MessageProfile?) -> [String: [FieldResolver]] {
        var table: [String: [FieldResolver]] = [:]
        for (index, field) in fields.enumerated() {
            if let name = field.profile?.name { table[name, default: []].append(.field(index)) }
        }
        for (index, field) in fields.enumerated() {
            for subfield in field.profile?.subfields ?? [] {
                table[subfield.name, default: []].append(.subfield(field: index, subfield))
            }
        }
        if let profile {
            for (index, field) in fields.enumerated() {
                guard let fieldProfile = field.profile else { continue }
                addComponents(of: index, fieldProfile.components, selectedBy: nil, profile, &table)
                for subfield in fieldProfile.subfields where !subfield.components.isEmpty {
                    addComponents(of: index, subfield.components, selectedBy: subfield, profile, &table)
                }
            }
        }
        table["timestamp", default: []].append(.headerTimestamp)
        return table
    }

    private static func addComponents(
        of index: Int, _ components: [ComponentProfile], selectedBy subfield: SubfieldProfile?,
        _ profile: MessageProfile, _ table: inout [String: [FieldResolver]]
    ) {
        var bitOffset = 0
        for component in components {
            defer { bitOffset += component.bits }
            guard let target = profile.field(component.target) else { continue }
            let slice = ComponentSlice(bitOffset: bitOffset, component: component)
            if target.isAccumulated {
                table[target.name, default: []].append(.accumulated(ResolvedTarget(target)))
                continue
            }
            table[target.name, default: []].append(
                .component(field: index, slice, target: ResolvedTarget(target), selectedBy: subfield))
            guard subfield == nil else { continue }
            var innerOffset = 0
            for inner in target.components {
                defer { innerOffset += inner.bits }
                guard let innerTarget = profile.field(inner.target), !innerTarget.isAccumulated else { continue }
                table[innerTarget.name, default: []].append(
                    .nested(
                        field: index, outer: slice, outerTarget: ResolvedTarget(target),
                        inner: ComponentSlice(bitOffset: innerOffset, component: inner), target: ResolvedTarget(innerTarget)))
            }
        }
    }
}

/// Where a component sits in its field's bits, and its scale and offset.
struct ComponentSlice: Sendable {
    let bitOffset: Int
    let bits: Int
    let scale: Double
    let offset: Double

    init(bitOffset: Int, component: ComponentProfile) {
        self.bitOffset = bitOffset
        self.bits = component.bits
        self.scale = component.scale
        self.offset = component.offset
    }
}

/// The parts of a target field's profile a resolved value needs.
struct ResolvedTarget: Sendable {
    let number: UInt8
    let name: String
    let units: String?
    let scale: Double
    let offset: Double
    let type: ProfileType

    init(_ profile: FieldProfile) {
        number = profile.number
        name = profile.name
        units = profile.units
        scale = profile.scale
        offset = profile.offset
        type = profile.type
    }

    /// A field holding `physical`, stored as the field itself would be: raw = (value + offset) * scale.
    func field(physical: Double) -> FITField {
        let raw = (physical + offset) * scale
        let value: FITValue = raw == raw.rounded() && raw >= 0 && raw < 1.8e19 ? .unsigned(UInt64(raw)) : .float(raw)
        return FITField(number: number, name: name, value: value, units: units, scale: scale, offset: offset, type: type)
    }
}
