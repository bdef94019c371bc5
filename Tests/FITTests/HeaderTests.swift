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

    /// One damaged byte of the ".FIT" signature is named at its own offset, with the bytes found.
    @Test(arguments: 8..<12)
    func reportsADamagedSignatureByteAtItsOffset(offset: Int) {
        var bytes = minimalActivity().file()
        bytes[offset] = UInt8(ascii: "X")
        let file = FITDecoder.decode(bytes)
        var found: [UInt8] = Array(".FIT".utf8)
        found[offset - 8] = UInt8(ascii: "X")
        #expect(file.error == FITError(.damagedSignature(found: found), at: offset))
        #expect(file.messages.isEmpty)
        if offset == 11 {
            #expect(
                file.error?.description
                    == "byte 11: damaged FIT file header: signature bytes 2E 46 49 58 where .FIT (2E 46 49 54) belongs")
        }
    }

    @Test func twoDamagedSignatureBytesAreNoFITHeader() {
        var bytes = minimalActivity().file()
        bytes[9] = UInt8(ascii: "X")
        bytes[10] = UInt8(ascii: "Y")
        #expect(FITDecoder.decode(bytes).error == FITError(.notFIT, at: 0))
    }

    @Test func reportsADamagedHeaderSizeWhenTheSignatureIsThere() {
        var bytes = minimalActivity().file()
        bytes[0] = 13
        let error = FITDecoder.decode(bytes).error
        #expect(error == FITError(.damagedHeaderSize(13), at: 0))
        #expect(
            error?.description
                == "byte 0: damaged FIT file header: header size 13 where 12 or 14 belongs (the .FIT signature is there)"
        )
        bytes[9] = 0
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
