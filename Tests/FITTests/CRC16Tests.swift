import TestSupport
import Testing

@testable import FIT

@Suite struct CRC16Tests {
    @Test func matchesTheCRC16ARCCheckValue() {
        let bytes = Array("123456789".utf8)
        let crc = bytes.withUnsafeBytes { CRC16.checksum($0, 0..<bytes.count) }
        #expect(crc == 0xBB3D)
    }

    @Test func continuesFromAPreviousValue() {
        let bytes = Array("123456789".utf8)
        let split = bytes.withUnsafeBytes { raw in
            CRC16.checksum(raw, 4..<9, startingWith: CRC16.checksum(raw, 0..<4))
        }
        #expect(split == 0xBB3D)
    }

    /// The eight-bytes-at-a-time path agrees with a bitwise CRC for every length and alignment.
    @Test func slicedCRCMatchesTheBitwiseOne() {
        var state: UInt32 = 12345
        let bytes: [UInt8] = (0..<300).map { _ in
            state = state &* 1_103_515_245 &+ 12345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
        for start in 0..<9 {
            for end in stride(from: start, through: bytes.count, by: 7) {
                let fast = bytes.withUnsafeBytes { CRC16.checksum($0, start..<end) }
                #expect(fast == testCRC(Array(bytes[start..<end])), "\(start)..<\(end)")
            }
        }
    }
}
