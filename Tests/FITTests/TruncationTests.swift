import FIT
import TestSupport
import Testing

@Suite struct TruncationTests {
    @Test func truncatedMessageKeepsWhatCameBefore() {
        var b = minimalActivity()
        let recordStart = 14 + b.body.count
        b.data(local: 1, le32(1_000_000_001) + [151])
        let bytes = b.file()
        let cut = Array(bytes.prefix(recordStart + 3))
        let file = FITDecoder.decode(cut)
        #expect(file.error == FITError(.truncated(needed: 6, available: 3), at: recordStart))
        #expect(file.messages.count == 2)
    }

    @Test func truncatedDefinitionNamesItsStart() {
        var b = minimalActivity()
        let definitionStart = 14 + b.body.count
        b.define(local: 2, global: 19, fields: [(254, 2, Base.uint16), (253, 4, Base.uint32)])
        let cut = Array(b.file().prefix(definitionStart + 8))
        let file = FITDecoder.decode(cut)
        #expect(file.error?.offset == definitionStart)
        #expect(file.messages.count == 2)
    }

    @Test func missingFileCRCIsTruncation() {
        let bytes = minimalActivity().file()
        let file = FITDecoder.decode(Array(bytes.dropLast(1)))
        #expect(file.error == FITError(.truncated(needed: 2, available: 1), at: bytes.count - 2))
        #expect(file.messages.count == 2)
    }

    @Test func aMessagePastTheDeclaredDataSizeIsAnError() {
        let b = minimalActivity()
        let bytes = b.file(dataSize: b.body.count - 2)
        let file = FITDecoder.decode(bytes)
        guard case .messagePastDataEnd? = file.error?.reason else {
            Issue.record("expected messagePastDataEnd, got \(String(describing: file.error))")
            return
        }
        #expect(file.messages.count == 1)
    }

    /// Every prefix of a valid file decodes without crashing and reports an error.
    @Test func everyPrefixFailsCleanly() throws {
        let bytes = try fixture("bigendian_compressed.fit")
        for length in 0..<bytes.count {
            let file = FITDecoder.decode(Array(bytes.prefix(length)))
            #expect(file.error != nil, "prefix of \(length) bytes")
        }
    }
}
