import FIT
import TestSupport
import Testing

@Suite struct FileCRCTests {
    @Test func badFileCRCKeepsTheMessagesAndNamesTheOffset() {
        var bytes = minimalActivity().file()
        bytes[bytes.count - 1] ^= 0xFF
        let file = FITDecoder.decode(bytes)
        #expect(file.error?.offset == bytes.count - 2)
        guard case .fileCRCMismatch(let stored, let computed)? = file.error?.reason else {
            Issue.record("expected a file CRC error, got \(String(describing: file.error))")
            return
        }
        #expect(stored != computed)
        #expect(file.messages.count == 2)
        #expect(file.messages[1].number("heart_rate") == 150)
    }

    @Test func aFlippedDataByteFailsTheCRC() {
        var bytes = minimalActivity().file()
        bytes[bytes.count - 3] ^= 0x01  // the record's heart rate
        let file = FITDecoder.decode(bytes)
        guard case .fileCRCMismatch? = file.error?.reason else {
            Issue.record("expected a file CRC error, got \(String(describing: file.error))")
            return
        }
        #expect(file.messages[1].number("heart_rate") == 151)
    }
}
