import FIT
import TestSupport
import Testing

@Suite struct DefinitionTests {
    @Test func readsBigEndianDefinitionsAndValues() {
        var b = FITBuilder()
        b.define(
            local: 0, global: 20, bigEndian: true,
            fields: [(253, 4, Base.uint32), (0, 4, Base.sint32), (2, 2, Base.uint16), (6, 2, Base.uint16)])
        b.data(local: 0, be32(1_000_000_000) + be32(UInt32(bitPattern: -536_870_912)) + be16(3000) + be16(2850))
        let file = FITDecoder.decode(b.file())
        #expect(file.error == nil)
        let record = file.messages[0]
        #expect(record.name == "record")
        #expect(record.number("timestamp") == 1_000_000_000)
        #expect(record.number("position_lat") == -45)
        #expect(record.number("altitude") == 100)  // 3000 / 5 - 500
        #expect(record.number("speed") == 2.85)
    }

    @Test func aRedefinedLocalTypeUsesTheNewDefinition() {
        var b = FITBuilder()
        b.define(local: 0, global: 20, fields: [(3, 1, Base.uint8)])
        b.data(local: 0, [140])
        b.define(local: 0, global: 21, fields: [(0, 1, Base.enumeration), (1, 1, Base.enumeration)])
        b.data(local: 0, [0, 0])
        b.define(local: 0, global: 20, fields: [(4, 1, Base.uint8), (3, 1, Base.uint8)])
        b.data(local: 0, [88, 141])
        let file = FITDecoder.decode(b.file())
        #expect(file.error == nil)
        #expect(file.messages.map(\.name) == ["record", "event", "record"])
        #expect(file.messages[0].number("heart_rate") == 140)
        #expect(file.messages[1].text("event") == "timer")
        #expect(file.messages[1].text("event_type") == "start")
        #expect(file.messages[2].number("cadence") == 88)
        #expect(file.messages[2].number("heart_rate") == 141)
    }

    @Test func allSixteenLocalTypesCanBeDefined() {
        var b = FITBuilder()
        for local in UInt8(0)..<16 { b.define(local: local, global: 20, fields: [(3, 1, Base.uint8)]) }
        for local in UInt8(0)..<16 { b.data(local: local, [100 + local]) }
        let file = FITDecoder.decode(b.file())
        #expect(file.error == nil)
        #expect(file.messages.compactMap { $0.number("heart_rate") } == (100..<116).map(Double.init))
    }

    @Test func undefinedLocalTypeStopsAtItsHeader() {
        var b = minimalActivity()
        let offset = 14 + b.body.count
        b.data(local: 5, [1, 2, 3])
        let file = FITDecoder.decode(b.file())
        #expect(file.error == FITError(.undefinedLocalMessage(5), at: offset))
        #expect(file.error?.description == "byte \(offset): local message 5 used before its definition")
        #expect(file.messages.count == 2)
    }

    @Test func unknownBaseTypeIsAnError() {
        var b = FITBuilder()
        b.define(local: 0, global: 20, fields: [(3, 1, 0x1F)])
        let file = FITDecoder.decode(b.file())
        #expect(file.error == FITError(.invalidBaseType(0x1F), at: 14 + 6 + 2))
    }

    @Test func unknownMessagesAndFieldsAreKeptRaw() {
        var b = FITBuilder()
        b.define(local: 0, global: 0xFF01, fields: [(7, 2, Base.uint16), (253, 4, Base.uint32)])
        b.data(local: 0, le16(513) + le32(99))
        b.define(local: 1, global: 20, fields: [(200, 1, Base.uint8)])
        b.data(local: 1, [42])
        let file = FITDecoder.decode(b.file())
        #expect(file.error == nil)
        let unknown = file.messages[0]
        #expect(unknown.globalNumber == 0xFF01)
        #expect(unknown.name == nil)
        #expect(unknown.fields.first == FITField(number: 7, name: nil, value: .unsigned(513), units: nil))
        #expect(unknown.number("timestamp") == 99)
        #expect(file.messages[1].fields.map(\.number) == [200])
        #expect(file.messages[1].fields.first?.value == .unsigned(42))
    }

    @Test func aFieldSizeThatIsNotWholeElementsIsReadAsUInt8Elements() {
        var b = FITBuilder()
        b.define(local: 0, global: 20, fields: [(3, 3, Base.uint16)])
        b.data(local: 0, [1, 2, 3])
        let file = FITDecoder.decode(b.file())
        #expect(file.error == nil)
        #expect(file.messages[0].fields.first?.value == .array([.unsigned(1), .unsigned(2), .unsigned(3)]))
    }
}
