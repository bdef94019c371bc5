/// Running totals of accumulated fields (FIT "accumulate"): a component carries only the low bits
/// of a counter that wraps; the accumulator adds the wrapped difference to a running total.
struct Accumulator: Sendable {
    private struct Total: Sendable {
        let message: UInt16
        let field: UInt8
        var total: UInt64
        var last: UInt64
    }

    /// A handful of entries at most, so a linear search beats hashing.
    private var totals: [Total] = []

    var isEmpty: Bool { totals.isEmpty }

    /// Adds a `bits`-bit component value to the total of field `field` of message `message`.
    mutating func accumulate(message: UInt16, field: UInt8, value: UInt64, bits: Int) -> UInt64 {
        let mask: UInt64 = bits >= 64 ? ~0 : (1 << UInt64(bits)) - 1
        if let i = totals.firstIndex(where: { $0.message == message && $0.field == field }) {
            totals[i].total &+= (value &- totals[i].last) & mask
            totals[i].last = value
            return totals[i].total
        }
        totals.append(Total(message: message, field: field, total: value, last: value))
        return value
    }

    /// Restarts the total of a field from a value the message carries in full.
    mutating func reset(message: UInt16, field: UInt8, value: UInt64) {
        if let i = totals.firstIndex(where: { $0.message == message && $0.field == field }) {
            totals[i].total = value
            totals[i].last = value
        }
    }
}

/// The value an accumulated component produced for one message, in physical units.
struct AccumulatedValue: Sendable, Hashable {
    let field: UInt8
    let value: Double
}
