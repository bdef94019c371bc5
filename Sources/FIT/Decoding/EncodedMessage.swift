/// A data message kept as its bytes plus its plan: fields are read when asked for, so decoding a
/// file allocates nothing per field.
struct EncodedMessage: Sendable {
    /// The input bytes, plans and accumulated totals shared by all messages of a decode.
    let source: MessageSource
    /// Offset of the first content byte (after the record header) in the input.
    let offset: Int
    /// The message's plan, unretained: `source.plans` holds it for as long as `source` lives,
    /// and this message holds `source`. Saves a retain/release pair on every field read.
    let unmanagedPlan: Unmanaged<MessagePlan>
    /// Where this message's accumulated totals sit in `source.accumulated`.
    let accumulatedStart: Int32
    let accumulatedCount: UInt16
    let hasCompressedTimestamp: Bool
    let rawCompressedTimestamp: UInt32

    /// The time a compressed-timestamp header gave this message, FIT seconds.
    var compressedTimestamp: UInt32? { hasCompressedTimestamp ? rawCompressedTimestamp : nil }

    init(
        source: MessageSource, offset: Int, planIndex: Int32, accumulatedStart: Int32 = 0, accumulatedCount: UInt16 = 0,
        compressedTimestamp: UInt32?
    ) {
        self.source = source
        self.offset = offset
        self.unmanagedPlan = Unmanaged.passUnretained(source.plans[Int(planIndex)])
        self.accumulatedStart = accumulatedStart
        self.accumulatedCount = accumulatedCount
        self.hasCompressedTimestamp = compressedTimestamp != nil
        self.rawCompressedTimestamp = compressedTimestamp ?? 0
    }

    var plan: MessagePlan { unmanagedPlan.takeUnretainedValue() }
    var isBigEndian: Bool { unmanagedPlan._withUnsafeGuaranteedRef { $0.isBigEndian } }
    var bytes: [UInt8] { source.bytes }
    var accumulated: ArraySlice<AccumulatedValue> {
        source.accumulated[Int(accumulatedStart)..<(Int(accumulatedStart) + Int(accumulatedCount))]
    }

    // MARK: Reading one field

    /// The raw bits of element `element` of a field.
    @inline(__always)
    func rawElement(_ field: FieldPlan, _ element: Int = 0) -> UInt64 {
        source.bytes.withUnsafeBytes { raw in
            // In bounds: the decoder checked offset + plan.size <= bytes.count.
            raw.loadElement(
                at: offset + field.offset + element * field.baseType.size, size: field.baseType.size,
                bigEndian: plan.isBigEndian)
        }
    }

    /// The raw bits of element `element` of the field at `fieldOffset`.
    @inline(__always)
    func rawElement(at fieldOffset: Int, _ baseType: BaseType, _ element: Int) -> UInt64 {
        source.bytes.withUnsafeBytes { raw in
            // In bounds: the decoder checked offset + plan.size <= bytes.count.
            raw.loadElement(
                at: offset + fieldOffset + element * baseType.size, size: baseType.size, bigEndian: isBigEndian)
        }
    }

    /// The value of a field, nil when invalid (every element invalid, or an empty string).
    func value(of field: FieldPlan) -> FITValue? {
        let count = field.elementCount
        if count == 0 { return nil }
        switch field.baseType {
        case .string:
            return source.bytes.withUnsafeBytes { raw in
                Self.stringValue(
                    UnsafeRawBufferPointer(
                        rebasing: raw[(offset + field.offset)..<(offset + field.offset + field.size)]))
            }
        case .byte:
            let values = source.bytes[(offset + field.offset)..<(offset + field.offset + field.size)]
            return values.allSatisfy({ $0 == 0xFF }) ? nil : .bytes(Array(values))
        default:
            if count == 1 { return field.baseType.value(ofRaw: rawElement(field)) }
            var elements: [FITValue] = []
            elements.reserveCapacity(count)
            var anyValid = false
            for i in 0..<count {
                let raw = rawElement(field, i)
                if let value = field.baseType.value(ofRaw: raw) {
                    anyValid = true
                    elements.append(value)
                } else {
                    // Invalid elements keep their place in the array, as raw bits.
                    elements.append(.unsigned(raw))
                }
            }
            return anyValid ? .array(elements) : nil
        }
    }

    /// A FIT string: UTF-8 up to the first NUL; several NUL-separated strings become an array.
    static func stringValue(_ raw: UnsafeRawBufferPointer) -> FITValue? {
        var end = raw.count
        while end > 0 && raw[end - 1] == 0 { end -= 1 }
        if end == 0 { return nil }
        let parts = raw[0..<end].split(separator: 0, omittingEmptySubsequences: false)
        if parts.count == 1 { return .string(String(decoding: parts[0], as: UTF8.self)) }
        return .array(parts.map { .string(String(decoding: $0, as: UTF8.self)) })
    }

    /// The first element of a numeric field as a number, nil when invalid or not numeric.
    @inline(__always)
    func number(of field: FieldPlan) -> Double? {
        switch field.baseType {
        case .string: return nil
        case .byte: return field.size == 1 ? field.baseType.number(ofRaw: rawElement(field)) : nil
        default:
            guard field.elementCount >= 1 else { return nil }
            if field.elementCount == 1 { return field.baseType.number(ofRaw: rawElement(field)) }
            guard case .array(let elements)? = value(of: field) else { return nil }
            return elements.first?.number
        }
    }

    /// `bits` bits of a field's value starting at `bitOffset` (elements in order, each from its
    /// least significant bit); nil when the field has fewer bits or is entirely invalid.
    func bits(of field: FieldPlan, from bitOffset: Int, count bits: Int) -> UInt64? {
        self.bits(at: field.offset, size: field.size, baseType: field.baseType, from: bitOffset, count: bits)
    }

    /// `bits(of:from:count:)` for a field given by position and base type.
    func bits(at fieldOffset: Int, size: Int, baseType: BaseType, from bitOffset: Int, count bits: Int) -> UInt64? {
        let elementBits = baseType.size * 8
        let elements = size / baseType.size
        guard bits > 0, bits <= 64, bitOffset + bits <= elementBits * elements else { return nil }
        var allInvalid = true
        for i in 0..<elements where rawElement(at: fieldOffset, baseType, i) != baseType.invalidPattern {
            allInvalid = false
            break
        }
        if allInvalid { return nil }
        var result: UInt64 = 0
        var produced = 0
        var position = bitOffset
        while produced < bits {
            let element = rawElement(at: fieldOffset, baseType, position / elementBits)
            let shift = position % elementBits
            let take = min(bits - produced, elementBits - shift)
            let mask: UInt64 = take >= 64 ? ~0 : (1 << UInt64(take)) - 1
            result |= ((element >> UInt64(shift)) & mask) << UInt64(produced)
            produced += take
            position += take
        }
        return result
    }
}

/// What the messages of one decode share: the input, the plans of its definitions, and the
/// totals of accumulated fields.
///
/// `@unchecked Sendable` because the decoder appends plans and totals while it decodes; it is
/// the only owner until `FITDecoder.decode` returns, and nothing mutates the source after that.
final class MessageSource: @unchecked Sendable {
    let bytes: [UInt8]
    // Unchecked exclusivity: only the decoder writes, before any reader exists (see above);
    // the dynamic check would otherwise cost more than the field read it guards.
    @exclusivity(unchecked) private(set) var plans: [MessagePlan] = []
    @exclusivity(unchecked) private(set) var accumulated: [AccumulatedValue] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Adds a plan; returns its index. Decoder only.
    func append(_ plan: MessagePlan) -> Int32 {
        plans.append(plan)
        return Int32(plans.count - 1)
    }

    /// Adds an accumulated total. Decoder only.
    func append(_ value: AccumulatedValue) {
        accumulated.append(value)
    }
}
