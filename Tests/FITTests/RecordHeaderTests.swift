import FIT
import TestSupport
import Testing

@Suite struct RecordHeaderTests {
    /// Compressed headers carry the low 5 bits of the time; a smaller value means it rolled over.
    @Test func compressedTimestampsRollOver() {
        var b = FITBuilder()
        b.define(local: 0, global: 20, fields: [(253, 4, Base.uint32), (3, 1, Base.uint8)])
        b.data(local: 0, le32(1000) + [140])  // 1000 = 0b11111_01000: low bits 8
        b.define(local: 1, global: 20, fields: [(3, 1, Base.uint8)])
        b.compressed(local: 1, timeOffset: 20, [141])  // 1000 - 8 + 20 = 1012
        b.compressed(local: 1, timeOffset: 31, [142])  // 1023
        b.compressed(local: 1, timeOffset: 2, [143])  // rolled over: 1024 + 2
        b.compressed(local: 1, timeOffset: 2, [144])  // same second
        let file = FITDecoder.decode(b.file())
        #expect(file.error == nil)
        #expect(file.messages.compactMap { $0.number("timestamp") } == [1000, 1012, 1023, 1026, 1026])
        #expect(file.messages.compactMap { $0.number("heart_rate") } == [140, 141, 142, 143, 144])
        #expect(
            file.messages[3].fields.last == FITField(number: 253, name: "timestamp", value: .unsigned(1026), units: "s")
        )
    }

    @Test func aCompressedHeaderNeedsADefinedLocalType() {
        var b = FITBuilder()
        b.compressed(local: 2, timeOffset: 1, [0])
        #expect(FITDecoder.decode(b.file()).error == FITError(.undefinedLocalMessage(2), at: 14))
    }

    @Test func normalTimestampsResetTheCompressedReference() {
        var b = FITBuilder()
        b.define(local: 0, global: 20, fields: [(253, 4, Base.uint32)])
        b.define(local: 1, global: 20, fields: [(3, 1, Base.uint8)])
        b.data(local: 0, le32(64))
        b.compressed(local: 1, timeOffset: 1, [150])
        b.data(local: 0, le32(200))  // low bits 8
        b.compressed(local: 1, timeOffset: 9, [151])
        let file = FITDecoder.decode(b.file())
        #expect(file.messages.compactMap { $0.number("timestamp") } == [64, 65, 200, 201])
    }
}
