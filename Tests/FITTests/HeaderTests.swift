import FIT
import TestSupport
import Testing

@Suite struct HeaderTests {
    @Test(arguments: [12, 14])
    func decodesBothHeaderSizes(headerSize: Int) {
        let file = FITDecoder.decode(minimalActivity().file(headerSize: headerSize))
        #expect(file.error == nil)
        #expect(file.messages.count == 2)
        #expect(file.headers.map(\.size) == [headerSize])
        #expect(file.headers.first?.profileVersion == 2132)
    }

    @Test func acceptsAZeroHeaderCRCAsNotSet() {
        let file = FITDecoder.decode(minimalActivity().file(headerCRC: false))
        #expect(file.error == nil)
        #expect(file.headers.first?.crc == nil)
    }

    @Test func reportsABadHeaderCRCAtItsOffset() {
        var bytes = minimalActivity().file()
        bytes[12] ^= 0x01
        let file = FITDecoder.decode(bytes)
        #expect(file.error?.offset == 12)
        guard case .headerCRCMismatch? = file.error?.reason else {
            Issue.record("expected a header CRC error, got \(String(describing: file.error))")
            return
        }
        #expect(file.messages.isEmpty)
    }

    @Test func rejectsAMissingSignature() {
        var bytes = minimalActivity().file()
        bytes[9] = UInt8(ascii: "X")
        let file = FITDecoder.decode(bytes)
        #expect(file.error == FITError(.notFIT, at: 0))
    }

    @Test func rejectsAnOddHeaderSize() {
        var bytes = minimalActivity().file()
        bytes[0] = 13
        #expect(FITDecoder.decode(bytes).error == FITError(.notFIT, at: 0))
    }

    @Test func truncatedHeaderSaysWhereItStopped() {
        let bytes = Array(minimalActivity().file().prefix(9))
        let file = FITDecoder.decode(bytes)
        #expect(file.error == FITError(.truncated(needed: 14, available: 9), at: 0))
        #expect(file.error?.description == "byte 0: file ends early: needed 14 bytes, 9 left")
    }

    @Test func emptyInputIsAnError() {
        #expect(FITDecoder.decode([UInt8]()).error != nil)
    }

    @Test func decodesFromRawMemoryToo() {
        let bytes = minimalActivity().file()
        let file = bytes.withUnsafeBytes { FITDecoder.decode($0) }
        #expect(file.error == nil)
        #expect(file.messages.map(\.name) == ["file_id", "record"])
    }
}
