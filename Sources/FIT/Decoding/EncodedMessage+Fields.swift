/// Field lookup and materialization of an encoded message, following the profile: subfields
/// chosen by their reference field, components expanded, accumulated values applied.
extension EncodedMessage {
    /// The field called `name`: a valid field, else a selected subfield, else a component
    /// expanded from another field, else the compressed-header timestamp.
    func resolve(_ name: String) -> FITField? {
        resolve(in: plan.resolvers.range(of: name))
    }

    /// The profile field numbered `field.number`, resolved as `resolve(_:)` does by name.
    func resolve(_ field: FITFieldID) -> FITField? {
        resolve(in: plan.resolvers.range(ofNumber: field.number))
    }

    private func resolve(in range: Range<Int32>?) -> FITField? {
        let plan = plan
        guard let range else { return nil }
        for k in range {
            if let field = resolve(plan.resolvers.resolvers[Int(k)], plan) { return field }
        }
        return nil
    }

    /// The scaled value of the field called `name` (semicircles in degrees), without building a
    /// `FITField`: the path importers take for every record.
    func number(_ name: String) -> Double? {
        unmanagedPlan._withUnsafeGuaranteedRef { plan in number(in: plan.resolvers.range(of: name), plan) }
    }

    /// The scaled value of the profile field numbered `field.number`, as `number(_:)` by name.
    func number(_ field: FITFieldID) -> Double? {
        unmanagedPlan._withUnsafeGuaranteedRef { plan in number(in: plan.resolvers.range(ofNumber: field.number), plan)
        }
    }

    private func number(in range: Range<Int32>?, _ plan: MessagePlan) -> Double? {
        guard let range else { return nil }
        for k in range {
            switch plan.resolvers.resolvers[Int(k)] {
            case .field(let index):
                let numeric = plan.numericFields[Int(index)]
                guard numeric.isSingleNumber else { break }
                let raw = source.bytes.withUnsafeBytes { bytes in
                    // In bounds: the decoder checked offset + plan.size <= bytes.count.
                    bytes.loadElement(
                        at: offset + numeric.offset, size: numeric.baseType.size, bigEndian: plan.isBigEndian)
                }
                guard let value = numeric.baseType.number(ofRaw: raw) else { continue }
                let scaled =
                    numeric.scale == 1 && numeric.valueOffset == 0 ? value : value / numeric.scale - numeric.valueOffset
                return numeric.isSemicircles ? scaled * (180.0 / 2_147_483_648.0) : scaled
            case .component(let index, let slice, let target, let selectedBy):
                if selectedBy >= 0 { break }
                let numeric = plan.numericFields[Int(index)]
                guard
                    let raw = bits(
                        at: numeric.offset, size: numeric.size, baseType: numeric.baseType, from: slice.bitOffset,
                        count: slice.bits)
                else { continue }
                let value = slice.physical(raw)
                return plan.resolvers.targets[Int(target)].isSemicircles ? value * (180.0 / 2_147_483_648.0) : value
            case .accumulated(let target):
                let number = plan.resolvers.targets[Int(target)].number
                guard let total = accumulated.first(where: { $0.field == number }) else { continue }
                return total.value
            case .headerTimestamp:
                guard let compressedTimestamp else { continue }
                return Double(compressedTimestamp)
            case .subfield, .nested:
                break
            }
            // The general path for the rest.
            guard let field = resolve(plan.resolvers.resolvers[Int(k)], plan), let raw = field.value.number else {
                continue
            }
            let value = field.scale == 1 && field.offset == 0 ? raw : raw / field.scale - field.offset
            return field.units == "semicircles" ? value * (180.0 / 2_147_483_648.0) : value
        }
        return nil
    }

    private func resolve(_ resolver: FieldResolver, _ plan: MessagePlan) -> FITField? {
        switch resolver {
        case .field(let index):
            let field = plan.fields[Int(index)]
            guard let profile = field.profile, let value = value(of: field) else { return nil }
            return FITField(
                number: field.number, name: profile.name, value: value, units: profile.units, scale: profile.scale,
                offset: profile.offset, type: profile.type)
        case .subfield(let index, let subfieldIndex):
            let field = plan.fields[Int(index)]
            let subfield = plan.resolvers.subfields[Int(subfieldIndex)]
            guard isSelected(subfield), let value = value(of: field) else { return nil }
            return FITField(
                number: field.number, name: subfield.name, value: value, units: subfield.units, scale: subfield.scale,
                offset: subfield.offset, type: subfield.type)
        case .component(let index, let slice, let target, let selectedBy):
            if selectedBy >= 0, !isSelected(plan.resolvers.subfields[Int(selectedBy)]) { return nil }
            guard let raw = bits(of: plan.fields[Int(index)], from: slice.bitOffset, count: slice.bits) else {
                return nil
            }
            return plan.resolvers.targets[Int(target)].field(physical: slice.physical(raw))
        case .nested(let index, let outer, let outerTarget, let inner, let target):
            guard let raw = bits(of: plan.fields[Int(index)], from: outer.bitOffset, count: outer.bits),
                inner.bitOffset + inner.bits <= 64
            else { return nil }
            let outerRaw = plan.resolvers.targets[Int(outerTarget)].raw(physical: outer.physical(raw))
            guard outerRaw >= 0, outerRaw < 1.8e19, outerRaw == outerRaw.rounded() else { return nil }
            let mask: UInt64 = inner.bits >= 64 ? ~0 : (1 << UInt64(inner.bits)) - 1
            let innerRaw = (UInt64(outerRaw) >> UInt64(inner.bitOffset)) & mask
            return plan.resolvers.targets[Int(target)].field(physical: inner.physical(innerRaw))
        case .accumulated(let target):
            let resolved = plan.resolvers.targets[Int(target)]
            guard let total = accumulated.first(where: { $0.field == resolved.number }) else { return nil }
            return resolved.field(physical: total.value)
        case .headerTimestamp:
            guard let compressedTimestamp else { return nil }
            return FITField(
                number: 253, name: "timestamp", value: .unsigned(UInt64(compressedTimestamp)), units: "s",
                scale: 1, offset: 0, type: .dateTime)
        }
    }

    /// All valid fields, then selected subfields, expanded components and a compressed timestamp.
    func materializedFields() -> [FITField] {
        var out: [FITField] = []
        out.reserveCapacity(plan.fields.count + 2)
        for field in plan.fields {
            guard let value = value(of: field) else { continue }
            let profile = field.profile
            out.append(
                FITField(
                    number: field.number, name: profile?.name, value: value, units: profile?.units,
                    scale: profile?.scale ?? 1, offset: profile?.offset ?? 0, type: profile?.type ?? .plain))
        }
        for field in plan.fields {
            guard let profile = field.profile, !profile.subfields.isEmpty, let value = value(of: field) else {
                continue
            }
            for subfield in profile.subfields where isSelected(subfield) {
                out.append(
                    FITField(
                        number: field.number, name: subfield.name, value: value, units: subfield.units,
                        scale: subfield.scale, offset: subfield.offset, type: subfield.type))
            }
        }
        visitComponentFields { expanded in
            if !out.contains(where: { $0.number == expanded.number && $0.name == expanded.name }) {
                out.append(expanded)
            }
            return false
        }
        if let compressedTimestamp, !out.contains(where: { $0.number == 253 }) {
            out.append(
                FITField(
                    number: 253, name: "timestamp", value: .unsigned(UInt64(compressedTimestamp)), units: "s",
                    scale: 1, offset: 0, type: .dateTime))
        }
        return out
    }

    /// Developer fields, decoded with the base type of their description (raw bytes without one).
    func materializedDeveloperFields() -> [FITDeveloperField] {
        plan.developerFields.compactMap { field in
            let start = offset + field.offset
            let value: FITValue?
            if let description = field.description {
                value = developerValue(start: start, size: field.size, baseType: description.baseType)
            } else {
                value = field.size == 0 ? nil : .bytes(Array(bytes[start..<(start + field.size)]))
            }
            guard let value else { return nil }
            return FITDeveloperField(
                developerIndex: field.developerIndex, number: field.number, name: field.description?.name,
                units: field.description?.units, value: value)
        }
    }

    private func developerValue(start: Int, size: Int, baseType: BaseType) -> FITValue? {
        let type = size % baseType.size == 0 ? baseType : .uint8
        let synthetic = FieldPlan(number: 0, offset: start - offset, size: size, baseType: type, profile: nil)
        return value(of: synthetic)
    }

    private func isSelected(_ subfield: SubfieldProfile) -> Bool {
        for selector in subfield.selectors {
            guard let reference = plan.fields.first(where: { $0.number == selector.field }),
                reference.baseType != .string, reference.elementCount >= 1
            else { continue }
            let raw = rawElement(reference)
            if raw != reference.baseType.invalidPattern, Int64(bitPattern: raw) == selector.value { return true }
        }
        return false
    }

    /// Calls `visit` with each field that components fill (a component's target may itself have
    /// components: speed → enhanced_speed), until `visit` returns true.
    private func visitComponentFields(_ visit: (FITField) -> Bool) {
        guard let messageProfile = plan.profile else { return }
        for field in plan.fields {
            guard let profile = field.profile else { continue }
            if !profile.components.isEmpty, expand(field, profile.components, messageProfile, visit) { return }
            for subfield in profile.subfields where !subfield.components.isEmpty && isSelected(subfield) {
                if expand(field, subfield.components, messageProfile, visit) { return }
            }
        }
    }

    /// Visits the fields that `field`'s components fill; true when `visit` said stop.
    private func expand(
        _ field: FieldPlan, _ components: [ComponentProfile], _ messageProfile: MessageProfile,
        _ visit: (FITField) -> Bool
    ) -> Bool {
        var bitOffset = 0
        for component in components {
            defer { bitOffset += component.bits }
            guard let target = messageProfile.field(component.target) else { continue }
            let physical: Double
            if target.isAccumulated {
                guard let total = accumulated.first(where: { $0.field == component.target }) else { continue }
                physical = total.value
            } else {
                guard let raw = bits(of: field, from: bitOffset, count: component.bits) else { continue }
                physical = Double(raw) / component.scale - component.offset
            }
            let expanded = Self.field(target, physical: physical)
            if visit(expanded) { return true }
            // One level further, reading the target's bits from its raw value.
            guard !target.components.isEmpty, case .unsigned(let targetRaw) = expanded.value else { continue }
            var innerOffset = 0
            for inner in target.components {
                defer { innerOffset += inner.bits }
                guard let innerTarget = messageProfile.field(inner.target), !innerTarget.isAccumulated,
                    innerOffset + inner.bits <= 64
                else { continue }
                let mask: UInt64 = inner.bits >= 64 ? ~0 : (1 << UInt64(inner.bits)) - 1
                let innerRaw = (targetRaw >> UInt64(innerOffset)) & mask
                if visit(Self.field(innerTarget, physical: Double(innerRaw) / inner.scale - inner.offset)) {
                    return true
                }
            }
        }
        return false
    }

    /// A field holding `physical`, stored the way the field itself would be.
    private static func field(_ target: FieldProfile, physical: Double) -> FITField {
        ResolvedTarget(target).field(physical: physical)
    }
}
