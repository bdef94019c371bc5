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
}
