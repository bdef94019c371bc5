/// Reads and checks the 12- or 14-byte header that starts every FIT file.
enum FileHeaderReader {
    static func read(_ raw: UnsafeRawBufferPointer, at start: Int) throws(FITError) -> FITHeader {
        let available = raw.count - start
        let size = Int(raw[start])
        guard size == 12 || size == 14 else { throw FITError(.notFIT, at: start) }
        guard available >= size else { throw FITError(.truncated(needed: size, available: available), at: start) }
        // ".FIT" at bytes 8…11.
        guard raw[start + 8] == 0x2E, raw[start + 9] == 0x46, raw[start + 10] == 0x49, raw[start + 11] == 0x54 else {
            throw FITError(.notFIT, at: start)
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
