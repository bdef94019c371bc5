/// Reads and checks the 12- or 14-byte header that starts every FIT file.
enum FileHeaderReader {
    /// ".FIT", bytes 8…11 of every FIT file header.
    static let signature: [UInt8] = [0x2E, 0x46, 0x49, 0x54]

    static func read(_ raw: UnsafeRawBufferPointer, at start: Int) throws(FITError) -> FITHeader {
        let available = raw.count - start
        let size = Int(raw[start])
        // ".FIT" at bytes 8…11: how many of its bytes are in place (0 when the input ends first).
        let signature = available >= 12 ? Array(raw[(start + 8)..<(start + 12)]) : []
        let matching = zip(signature, Self.signature).filter { $0 == $1 }.count
        guard size == 12 || size == 14 else {
            // The signature in place says this is a FIT header whose size byte was damaged.
            throw FITError(matching == 4 ? .damagedHeaderSize(raw[start]) : .notFIT, at: start)
        }
        guard available >= size else { throw FITError(.truncated(needed: size, available: available), at: start) }
        guard matching == 4 else {
            // One byte off is a damaged signature (named at that byte); more is no FIT header at all.
            guard matching == 3, let damaged = signature.indices.first(where: { signature[$0] != Self.signature[$0] })
            else {
                throw FITError(.notFIT, at: start)
            }
            throw FITError(.damagedSignature(found: signature), at: start + 8 + damaged)
        }
        var crc: UInt16?
        if size == 14 {
            let stored = raw.loadUInt16(at: start + 12)
            if stored != 0 {
                let computed = CRC16.checksum(raw, start..<(start + 12))
                guard stored == computed else {
                    throw FITError(.headerCRCMismatch(stored: stored, computed: computed), at: start + 12)
                }
                crc = stored
            }
        }
        return FITHeader(
            offset: start, size: size, protocolVersion: raw[start + 1], profileVersion: raw.loadUInt16(at: start + 2),
            dataSize: Int(raw.loadUInt32(at: start + 4)), crc: crc)
    }
}
