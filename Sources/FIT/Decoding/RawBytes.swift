/// Fixed-width little/big-endian loads from raw bytes. Callers check bounds once per message,
/// against the sizes in its definition, before calling these.
extension UnsafeRawBufferPointer {
    @inline(__always)
    func loadElement(at offset: Int, size: Int, bigEndian: Bool) -> UInt64 {
        switch size {
        case 1:
            return UInt64(self[offset])
        case 2:
            let v = loadUnaligned(fromByteOffset: offset, as: UInt16.self)
            return UInt64(bigEndian ? UInt16(bigEndian: v) : UInt16(littleEndian: v))
        case 4:
            let v = loadUnaligned(fromByteOffset: offset, as: UInt32.self)
            return UInt64(bigEndian ? UInt32(bigEndian: v) : UInt32(littleEndian: v))
        default:
            let v = loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            return bigEndian ? UInt64(bigEndian: v) : UInt64(littleEndian: v)
        }
    }

    @inline(__always)
    func loadUInt16(at offset: Int, bigEndian: Bool = false) -> UInt16 {
        let v = loadUnaligned(fromByteOffset: offset, as: UInt16.self)
        return bigEndian ? UInt16(bigEndian: v) : UInt16(littleEndian: v)
    }

    @inline(__always)
    func loadUInt32(at offset: Int) -> UInt32 {
        UInt32(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
}
