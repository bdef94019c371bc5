/// The FIT CRC-16 (CRC-16/ARC: polynomial 0x8005 reflected, initial value 0), computed eight
/// bytes at a time with eight lookup tables ("slicing by 8"): the CRC of a whole file is on the
/// decoder's hot path.
enum CRC16 {
    /// tables[k][b]: the CRC change of byte b followed by k zero bytes.
    private static let tables: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 8 * 256)
        for byte in 0..<256 {
            var crc = UInt16(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xA001 : crc >> 1 }
            table[byte] = crc
        }
        for k in 1..<8 {
            for byte in 0..<256 {
                let previous = table[(k - 1) * 256 + byte]
                table[k * 256 + byte] = (previous >> 8) ^ table[Int(previous & 0xFF)]
            }
        }
        return table
    }()

    /// The CRC of `bytes[range]` continued from `crc`.
    static func checksum(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, startingWith crc: UInt16 = 0) -> UInt16 {
        var crc = crc
        tables.withUnsafeBufferPointer { t in
            var i = range.lowerBound
            // Safe: every load and index below stays inside `range`, which callers take from
            // inside `bytes`; table indices are masked to 0…255 plus a k * 256 base below 2048.
            while range.upperBound - i >= 8 {
                let x = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) ^ UInt64(crc)
                crc =
                    t[7 * 256 + Int(x & 0xFF)] ^ t[6 * 256 + Int((x >> 8) & 0xFF)]
                    ^ t[5 * 256 + Int((x >> 16) & 0xFF)] ^ t[4 * 256 + Int((x >> 24) & 0xFF)]
                    ^ t[3 * 256 + Int((x >> 32) & 0xFF)] ^ t[2 * 256 + Int((x >> 40) & 0xFF)]
                    ^ t[1 * 256 + Int((x >> 48) & 0xFF)] ^ t[Int(x >> 56)]
                i += 8
            }
            while i < range.upperBound {
                crc = (crc >> 8) ^ t[Int(UInt8(truncatingIfNeeded: crc) ^ bytes[i])]
                i += 1
            }
        }
        return crc
    }
}
