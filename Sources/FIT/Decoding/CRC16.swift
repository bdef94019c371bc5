/// The FIT CRC-16 (polynomial 0x8005 reflected, initial value 0), one table lookup per byte.
enum CRC16 {
    private static let table: [UInt16] = (0..<256).map { byte in
        var crc = UInt16(byte)
        for _ in 0..<8 {
            crc = crc & 1 != 0 ? (crc >> 1) ^ 0xA001 : crc >> 1
        }
        return crc
    }

    /// The CRC of `bytes[range]` continued from `crc`.
    static func checksum(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, startingWith crc: UInt16 = 0) -> UInt16 {
        var crc = crc
        table.withUnsafeBufferPointer { table in
            var i = range.lowerBound
            // Indices stay inside `range`, which callers take from inside `bytes`.
            while i < range.upperBound {
                crc = (crc >> 8) ^ table[Int(UInt8(truncatingIfNeeded: crc) ^ bytes[i])]
                i += 1
            }
        }
        return crc
    }
}
