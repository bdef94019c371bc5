import FIT
import TestSupport
import Testing

@Suite struct ChainedFileTests {
    @Test func decodesEveryChainedFile() {
        var second = FITBuilder()
        second.define(local: 0, global: 20, fields: [(3, 1, Base.uint8)])
        second.data(local: 0, [160])
        second.data(local: 0, [161])
        let bytes = minimalActivity().file() + second.file(headerSize: 12)
        let file = FITDecoder.decode(bytes)
        #expect(file.error == nil)
        #expect(file.headers.map(\.size) == [14, 12])
        #expect(file.headers.map(\.offset) == [0, minimalActivity().file().count])
        #expect(file.messages.compactMap { $0.number("heart_rate") } == [150, 160, 161])
    }

    @Test func anErrorInTheSecondFileKeepsTheFirst() {
        let first = minimalActivity().file()
        var second = minimalActivity().file()
        second[second.count - 2] ^= 0x10
        let file = FITDecoder.decode(first + second)
        #expect(file.messages.count == 4)
        #expect(file.error?.offset == first.count + second.count - 2)
    }

    @Test func trailingGarbageIsNotAFITFile() {
        let first = minimalActivity().file()
        let file = FITDecoder.decode(first + [0, 0, 0])
        #expect(file.error == FITError(.notFIT, at: first.count))
        #expect(file.messages.count == 2)
    }
}
