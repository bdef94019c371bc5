import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one buffer decompressed bytes are written into, grown with `realloc` (which the C library
/// does by remapping pages for large blocks, not by copying) and handed over as `Data` without a
/// copy. Never more than `limit` bytes: decompressed data exists once, and only up to the bound.
struct InflatedBytes: ~Copyable {
    private(set) var base: UnsafeMutableRawPointer?
    private(set) var count = 0
    private(set) var capacity = 0
    let limit: Int

    init(expected: Int, limit: Int) {
        self.limit = limit
        let initial = max(4_096, min(expected, limit))
        base = malloc(initial)
        capacity = base == nil ? 0 : initial
    }

    deinit { free(base) }

    /// Free space after the bytes written so far, at least `minimum` bytes unless the limit is
    /// reached (then possibly none). Nil when memory cannot be had.
    mutating func spare(minimum: Int) -> UnsafeMutableRawBufferPointer? {
        if capacity - count < minimum, capacity < limit {
            let grown = min(limit, max(capacity * 2, count + minimum))
            guard let moved = realloc(base, grown) else { return nil }
            base = moved
            capacity = grown
        }
        guard let base else { return nil }
        return UnsafeMutableRawBufferPointer(start: base + count, count: capacity - count)
    }

    /// Counts `written` bytes of the last `spare` area as filled.
    mutating func didWrite(_ written: Int) {
        count += written
    }

    /// True when the bytes written reach the limit: more output means over the limit.
    var isFull: Bool { count >= limit }

    /// The bytes, owned by the returned `Data` from now on (no copy).
    /// A copy of the first `count` bytes written (the buffer stays this value's).
    func data(prefix count: Int) -> Data {
        guard let base, self.count > 0 else { return Data() }
        return Data(bytes: base, count: min(count, self.count))
    }

    consuming func data() -> Data {
        let taken = base
        let length = count
        discard self
        guard let taken, length > 0 else {
            free(taken)
            return Data()
        }
        return Data(bytesNoCopy: taken, count: length, deallocator: .free)
    }
}
