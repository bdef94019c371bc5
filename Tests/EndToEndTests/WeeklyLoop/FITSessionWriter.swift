import Foundation

/// Writes minimal FIT activity files for the weekly-loop tests: a file_id message and one running
/// session with its start, times and distance (in centimetres, so a planned 0.1 km step is exact).
enum FITSessionWriter {
    /// Seconds from the Unix epoch to the FIT epoch (1989-12-31T00:00:00Z).
    static let fitEpoch: UInt32 = 631_065_600

    static func activity(meters: Double, start: Date, movingSeconds: Double) -> Data {
        let startTime = UInt32(start.timeIntervalSince1970) - fitEpoch
        let milliseconds = UInt32(movingSeconds * 1000)
        var body: [UInt8] = []
        // Definition, local 0: file_id (global 0) with type (enum) and time_created (uint32).
        body += [0x40, 0, 0] + le16(0) + [2, 0, 1, 0x00, 4, 4, 0x86]
        body += [0x00, 4] + le32(startTime)
        // Definition, local 1: session (global 18): start_time, total_elapsed_time, total_timer_time,
        // total_distance (uint32) and sport (enum), then the data message.
        body += [0x41, 0, 0] + le16(18) + [5, 2, 4, 0x86, 7, 4, 0x86, 8, 4, 0x86, 9, 4, 0x86, 5, 1, 0x00]
        body += [0x01] + le32(startTime) + le32(milliseconds) + le32(milliseconds) + le32(UInt32((meters * 100).rounded())) + [1]
        var header: [UInt8] = [14, 0x20] + le16(2132) + le32(UInt32(body.count)) + Array(".FIT".utf8)
        header += le16(crc(header))
        let file = header + body
        return Data(file + le16(crc(file)))
    }

    static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }

    /// The FIT CRC-16 (polynomial 0xA001), computed bit by bit.
    static func crc(_ bytes: [UInt8]) -> UInt16 {
        var crc: UInt16 = 0
        for byte in bytes {
            crc ^= UInt16(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xA001 : crc >> 1 }
        }
        return crc
    }
}
