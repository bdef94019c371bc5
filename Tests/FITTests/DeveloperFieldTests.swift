import FIT
import TestSupport
import Testing

@Suite struct DeveloperFieldTests {
    /// developer_data_id (index 0), two field_descriptions, then a record carrying both fields.
    private func developerFile(describeSecond: Bool = true) -> [UInt8] {
        var b = FITBuilder()
        b.define(local: 0, global: 207, fields: [(3, 1, Base.uint8), (1, 16, Base.byte)])
        b.data(local: 0, [0] + Array(0..<16))
        b.define(
            local: 1, global: 206,
            fields: [
                (0, 1, Base.uint8), (1, 1, Base.uint8), (2, 1, Base.uint8), (3, 16, Base.string), (8, 16, Base.string),
            ])
        b.data(local: 1, [0, 0, Base.float32] + padded("doughnuts_earned", 16) + padded("doughnuts", 16))
        if describeSecond {
            b.data(local: 1, [0, 1, Base.uint16] + padded("power_dev", 16) + padded("watts", 16))
        }
        b.define(
            local: 2, global: 20, fields: [(3, 1, Base.uint8)], developerFields: [(0, 4, 0), (1, 2, 0), (9, 1, 0)])
        b.data(local: 2, [150] + le32(Float(2.5).bitPattern) + le16(310) + [7])
        return b.file()
    }

    private func padded(_ s: String, _ count: Int) -> [UInt8] {
        Array(s.utf8) + Array(repeating: 0, count: count - s.utf8.count)
    }

    @Test func decodesDeveloperFieldsWithTheirDescriptions() {
        let file = FITDecoder.decode(developerFile())
        #expect(file.error == nil)
        #expect(file.developerFieldDescriptions == 2)
        let record = file.messages.last
        #expect(record?.number("heart_rate") == 150)
        #expect(
            record?.developerFields == [
                FITDeveloperField(
                    developerIndex: 0, number: 0, name: "doughnuts_earned", units: "doughnuts", value: .float(2.5)),
                FITDeveloperField(
                    developerIndex: 0, number: 1, name: "power_dev", units: "watts", value: .unsigned(310)),
                FITDeveloperField(developerIndex: 0, number: 9, name: nil, units: nil, value: .bytes([7])),
            ])
    }

    @Test func aFieldWithoutDescriptionIsKeptAsBytes() {
        let record = FITDecoder.decode(developerFile(describeSecond: false)).messages.last
        #expect(
            record?.developerFields[1]
                == FITDeveloperField(developerIndex: 0, number: 1, name: nil, units: nil, value: .bytes([0x36, 0x01])))
    }

    @Test func fieldDescriptionMessagesAreReadable() {
        let file = FITDecoder.decode(developerFile())
        let description = file.messages.first { $0.name == "field_description" }
        #expect(description?.text("field_name") == "doughnuts_earned")
        #expect(description?.text("fit_base_type_id") == "float32")
        #expect(file.messages.first?.name == "developer_data_id")
    }

    /// A definition may come before the descriptions of its developer fields: data messages
    /// after the descriptions still get names and base types.
    @Test func descriptionsAfterTheDefinitionStillApply() {
        var b = FITBuilder()
        b.define(local: 2, global: 20, fields: [(3, 1, Base.uint8)], developerFields: [(0, 2, 0)])
        b.data(local: 2, [140] + le16(300))
        b.define(local: 0, global: 207, fields: [(3, 1, Base.uint8)])
        b.data(local: 0, [0])
        b.define(
            local: 1, global: 206,
            fields: [(0, 1, Base.uint8), (1, 1, Base.uint8), (2, 1, Base.uint8), (3, 8, Base.string)])
        b.data(local: 1, [0, 0, Base.uint16] + padded("power", 8))
        b.data(local: 2, [141] + le16(301))
        let file = FITDecoder.decode(b.file())
        #expect(file.error == nil)
        let records = file.messages.filter { $0.name == "record" }
        #expect(records.first?.developerFields.first?.name == nil)
        #expect(records.first?.developerFields.first?.value == .bytes([0x2C, 0x01]))
        #expect(records.last?.developerFields.first?.name == "power")
        #expect(records.last?.developerFields.first?.value == .unsigned(301))
    }
}
