/// How to find a field by name in the messages of one plan, prepared once per definition so
/// that `FITMessage.number(_:)` costs a dictionary lookup and a load. Resolvers hold indices only
/// (no references), so reading them copies nothing that needs retaining.
enum FieldResolver: Sendable {
    /// The field at this index of the plan.
    case field(Int32)
    /// A subfield (index into `ResolverTable.subfields`) of the plan field `field`, when selected.
    case subfield(field: Int32, subfield: Int32)
    /// A component of plan field `field` (of its subfield `selectedBy` when that is not -1).
    case component(field: Int32, ComponentSlice, target: Int32, selectedBy: Int32)
    /// A component of a component (compressed_speed_distance → speed → enhanced_speed).
    case nested(field: Int32, outer: ComponentSlice, outerTarget: Int32, inner: ComponentSlice, target: Int32)
    /// An accumulated field filled by a component: its total was computed while decoding.
    case accumulated(target: Int32)
    /// The time a compressed-timestamp header gave the message.
    case headerTimestamp
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

    /// The physical value of `raw` bits of this component.
    @inline(__always)
    func physical(_ raw: UInt64) -> Double { Double(raw) / scale - offset }
}

/// The resolvers of every name a plan's messages can answer, in priority order per name.
struct ResolverTable: Sendable {
    /// Names in first-seen order, with their resolver ranges and an open-addressing index over
    /// them keyed on a few bytes of the name: cheaper than hashing the whole string per lookup.
    private(set) var names: [String] = []
    private(set) var nameRanges: [Range<Int32>] = []
    private var slots: [Int32] = []
    private var slotMask = 0
    /// Per field number, the index of the name the profile gives that number (-1: none); subfields
    /// have no number of their own and are found by name only.
    private var numberSlots: [Int32] = Array(repeating: -1, count: 256)
    private(set) var resolvers: [FieldResolver] = []
    /// Profiles of fields that components fill.
    private(set) var targets: [ResolvedTarget] = []
    private(set) var subfields: [SubfieldProfile] = []

    init(fields: [FieldPlan], profile: MessageProfile?) {
        var byName: [(String, FieldResolver)] = []
        for (index, field) in fields.enumerated() {
            if let name = field.profile?.name { byName.append((name, .field(Int32(index)))) }
        }
        for (index, field) in fields.enumerated() {
            for subfield in field.profile?.subfields ?? [] {
                byName.append((subfield.name, .subfield(field: Int32(index), subfield: Int32(subfields.count))))
                subfields.append(subfield)
            }
        }
        if let profile {
            for (index, field) in fields.enumerated() {
                guard let fieldProfile = field.profile else { continue }
                addComponents(of: index, fieldProfile.components, selectedBy: -1, profile, &byName)
                for subfield in fieldProfile.subfields where !subfield.components.isEmpty {
                    subfields.append(subfield)
                    addComponents(
                        of: index, subfield.components, selectedBy: Int32(subfields.count - 1), profile, &byName)
                }
            }
        }
        byName.append(("timestamp", .headerTimestamp))
        // Group by name, keeping the priority order above within each name.
        var order: [String] = []
        var grouped: [String: [FieldResolver]] = [:]
        for (name, resolver) in byName {
            if grouped[name] == nil { order.append(name) }
            grouped[name, default: []].append(resolver)
        }
        for name in order {
            let list = grouped[name] ?? []
            let start = Int32(resolvers.count)
            resolvers += list
            names.append(name)
            nameRanges.append(start..<Int32(resolvers.count))
        }
        var size = 16
        while size < names.count * 4 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        slotMask = size - 1
        for (index, name) in names.enumerated() {
            var slot = Self.key(name) & slotMask
            while slots[slot] >= 0 { slot = (slot + 1) & slotMask }
            slots[slot] = Int32(index)
            if let number = profile?.field(named: name)?.number ?? (name == "timestamp" ? 253 : nil) {
                numberSlots[Int(number)] = Int32(index)
            }
        }
    }

    /// The resolvers of the profile field numbered `number`, nil when no field of the plan can answer it.
    @inline(__always)
    func range(ofNumber number: UInt8) -> Range<Int32>? {
        let index = numberSlots[Int(number)]
        return index < 0 ? nil : nameRanges[Int(index)]
    }

    /// The resolvers of `name`, nil when no field of the plan can answer it.
    @inline(__always)
    func range(of name: String) -> Range<Int32>? {
        var slot = Self.key(name) & slotMask
        while true {
            let index = slots[slot]
            if index < 0 { return nil }
            if names[Int(index)] == name { return nameRanges[Int(index)] }
            slot = (slot + 1) & slotMask
        }
    }

    /// A cheap hash of a field name: its length and three of its bytes.
    @inline(__always)
    private static func key(_ name: String) -> Int {
        let mix = { (bytes: UnsafeBufferPointer<UInt8>) -> Int in
            guard let first = bytes.first, let last = bytes.last else { return 0 }
            return bytes.count &* 31 &+ Int(first) &* 7 &+ Int(last) &* 131 &+ Int(bytes[bytes.count / 2]) &* 17
        }
        var name = name  // withUTF8 reads small strings from a stack copy, without allocating
        return name.withUTF8(mix)
    }

    private mutating func target(_ profile: FieldProfile) -> Int32 {
        targets.append(ResolvedTarget(profile))
        return Int32(targets.count - 1)
    }

    private mutating func addComponents(
        of index: Int, _ components: [ComponentProfile], selectedBy subfield: Int32,
        _ profile: MessageProfile, _ byName: inout [(String, FieldResolver)]
    ) {
        var bitOffset = 0
        for component in components {
            defer { bitOffset += component.bits }
            guard let targetProfile = profile.field(component.target) else { continue }
            let slice = ComponentSlice(bitOffset: bitOffset, component: component)
            let targetIndex = target(targetProfile)
            if targetProfile.isAccumulated {
                byName.append((targetProfile.name, .accumulated(target: targetIndex)))
                continue
            }
            byName.append(
                (targetProfile.name, .component(field: Int32(index), slice, target: targetIndex, selectedBy: subfield)))
            guard subfield < 0 else { continue }
            var innerOffset = 0
            for inner in targetProfile.components {
                defer { innerOffset += inner.bits }
                guard let innerProfile = profile.field(inner.target), !innerProfile.isAccumulated else { continue }
                byName.append(
                    (
                        innerProfile.name,
                        .nested(
                            field: Int32(index), outer: slice, outerTarget: targetIndex,
                            inner: ComponentSlice(bitOffset: innerOffset, component: inner),
                            target: target(innerProfile))
                    ))
            }
        }
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
    let isSemicircles: Bool

    init(_ profile: FieldProfile) {
        number = profile.number
        name = profile.name
        units = profile.units
        scale = profile.scale
        offset = profile.offset
        type = profile.type
        isSemicircles = profile.units == "semicircles"
    }

    /// The raw value a field holding `physical` stores: (value + offset) * scale, snapped to an
    /// integer when within rounding error of one.
    func raw(physical: Double) -> Double {
        let raw = (physical + offset) * scale
        let rounded = raw.rounded()
        return abs(raw - rounded) < 1e-6 ? rounded : raw
    }

    /// A field holding `physical`, stored as the field itself would be.
    func field(physical: Double) -> FITField {
        let raw = raw(physical: physical)
        let value: FITValue = raw == raw.rounded() && raw >= 0 && raw < 1.8e19 ? .unsigned(UInt64(raw)) : .float(raw)
        return FITField(
            number: number, name: name, value: value, units: units, scale: scale, offset: offset, type: type)
    }
}
