import Foundation

/// The benchmark's input file.
enum BigFIT {
    static func load() -> [UInt8] {
        let path = ProcessInfo.processInfo.environment["RUNRAMP_BIG_FIT"] ?? "/tmp/runramp-big.fit"
        if let data = FileManager.default.contents(atPath: path) { return [UInt8](data) }
        let bytes = synthetic(records: 500_000)
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return bytes
    }

    /// A watch-like activity: file_id, then records of timestamp, position, altitude, heart rate,
    /// cadence, distance and speed (27 bytes each), then a lap and a session.
    static func synthetic(records: Int) -> [UInt8] {
        var body: [UInt8] = []
        func le<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { body += $0 } }
        body += [0x40, 0, 0]
        le(UInt16(0))
        body += [3, 0, 1, 0x00, 1, 2, 0x84, 2, 2, 0x84]
        body += [0x00, 4]
        le(UInt16(1))
        le(UInt16(2697))
        body += [0x41, 0, 0]
        le(UInt16(20))
        body.append(8)
        body += [253, 4, 0x86, 0, 4, 0x85, 1, 4, 0x85, 2, 2, 0x84, 3, 1, 0x02, 4, 1, 0x02, 5, 4, 0x86, 6, 2, 0x84]
        let start: UInt32 = 919_944_725
        for i in 0..<records {
            let angle = Double(i) / 3000
            body.append(0x01)
            le(start + UInt32(i))
            le(Int32((46.05 + 0.01 * sin(angle)) * 11_930_464.7))
            le(Int32((14.50 + 0.01 * cos(angle)) * 11_930_464.7))
            le(UInt16((300 + 20 * sin(angle / 7) + 500) * 5))
            body.append(UInt8(130 + i % 40))
            body.append(85)
            le(UInt32(i * 285))
            le(UInt16(2850 + i % 100))
        }
        var header: [UInt8] = [14, 0x20, 0x54, 0x08]
        withUnsafeBytes(of: UInt32(body.count).littleEndian) { header += $0 }
        header += Array(".FIT".utf8)
        let headerCRC = crc(header)
        header += [UInt8(headerCRC & 0xFF), UInt8(headerCRC >> 8)]
        let file = header + body
        let fileCRC = crc(file)
        return file + [UInt8(fileCRC & 0xFF), UInt8(fileCRC >> 8)]
    }

    private static func crc(_ bytes: [UInt8]) -> UInt16 {
        var crc: UInt16 = 0
        for byte in bytes {
            crc ^= UInt16(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xA001 : crc >> 1 }
        }
        return crc
    }
}
