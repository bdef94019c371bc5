import FIT
import TestSupport
import Testing

@Suite struct ValueTests {
    private func decodeOne(_ fields: [(UInt8, UInt8, UInt8)], _ content: [UInt8], global: UInt16 = 0xFF00)
        -> FITMessage?
    {
        var b = FITBuilder()
        b.define(local: 0, global: global, fields: fields)
        b.data(local: 0, content)
        let file = FITDecoder.decode(b.file())
        #expect(file.error == nil)
        return file.messages.first
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var base: UInt8
        var bytes: [UInt8]
        var value: FITValue?
        var testDescription: String { "base 0x\(String(base, radix: 16)) \(bytes)" }
    }

    static let cases: [Case] = [
        Case(base: Base.enumeration, bytes: [3], value: .unsigned(3)),
        Case(base: Base.enumeration, bytes: [0xFF], value: nil),
        Case(base: Base.sint8, bytes: [0xFE], value: .signed(-2)),
        Case(base: Base.sint8, bytes: [0x7F], value: nil),
        Case(base: Base.uint8, bytes: [0xFF], value: nil),
        Case(base: Base.uint8z, bytes: [0], value: nil),
        Case(base: Base.uint8z, bytes: [0xFF], value: .unsigned(255)),
        Case(base: Base.sint16, bytes: [0x00, 0x80], value: .signed(-32768)),
        Case(base: Base.sint16, bytes: [0xFF, 0x7F], value: nil),
        Case(base: Base.uint16, bytes: [0xFF, 0xFF], value: nil),
        Case(base: Base.uint16z, bytes: [0, 0], value: nil),
        Case(base: Base.uint16z, bytes: [1, 1], value: .unsigned(257)),
        Case(base: Base.sint32, bytes: [0xFF, 0xFF, 0xFF, 0x7F], value: nil),
        Case(base: Base.sint32, bytes: [0xFF, 0xFF, 0xFF, 0xFF], value: .signed(-1)),
        Case(base: Base.uint32, bytes: [0xFF, 0xFF, 0xFF, 0xFF], value: nil),
        Case(base: Base.uint32z, bytes: [0, 0, 0, 0], value: nil),
        Case(base: Base.float32, bytes: le32(Float(1.5).bitPattern), value: .float(1.5)),
        Case(base: Base.float32, bytes: [0xFF, 0xFF, 0xFF, 0xFF], value: nil),
        Case(base: Base.float64, bytes: le32(0) + le32(0x4004_0000), value: .float(2.5)),
        Case(base: Base.sint64, bytes: le32(0xFFFF_FFFE) + le32(0xFFFF_FFFF), value: .signed(-2)),
        Case(base: Base.sint64, bytes: le32(0xFFFF_FFFF) + le32(0x7FFF_FFFF), value: nil),
        Case(base: Base.uint64, bytes: le32(5) + le32(1), value: .unsigned(0x1_0000_0005)),
        Case(base: Base.uint64, bytes: Array(repeating: 0xFF, count: 8), value: nil),
        Case(base: Base.uint64z, bytes: Array(repeating: 0, count: 8), value: nil),
        Case(base: Base.byte, bytes: [0xFF, 0xFF], value: nil),
        Case(base: Base.byte, bytes: [0xFF, 0x01], value: .bytes([0xFF, 0x01])),
    ]

    @Test(arguments: cases)
    func decodesEveryBaseTypeAndItsInvalidValue(_ c: Case) {
        let message = decodeOne([(1, UInt8(c.bytes.count), c.base)], c.bytes)
        #expect(message?.fields.first?.value == c.value)
        #expect(message?.fields.count == (c.value == nil ? 0 : 1))
    }

    @Test func invalidValuesReadAsAbsent() {
        let record = decodeOne([(3, 1, Base.uint8), (4, 1, Base.uint8)], [0xFF, 90], global: 20)
        #expect(record?.number("heart_rate") == nil)
        #expect(record?.number("cadence") == 90)
        #expect(record?.fields.map(\.name) == ["cadence"])
    }

    @Test func stringsEndAtNULAndEmptyStringsAreAbsent() {
        let message = decodeOne(
            [(1, 8, Base.string), (2, 4, Base.string), (3, 8, Base.string)],
            Array("Zürich\0".utf8) + [0, 0, 0, 0] + Array("ab\0cd\0\0\0".utf8))
        #expect(message?.fields.map(\.value) == [.string("Zürich"), .array([.string("ab"), .string("cd")])])
    }

    @Test func arraysKeepTheirElements() {
        let message = decodeOne([(0, 6, Base.uint16)], le16(1000) + le16(0xFFFF) + le16(990), global: 78)
        #expect(message?.name == "hrv")
        #expect(message?.fields.first?.value == .array([.unsigned(1000), .unsigned(0xFFFF), .unsigned(990)]))
        #expect(message?.number("time") == 1.0)  // first element, scale 1000
        let allInvalid = decodeOne([(0, 4, Base.uint16)], [0xFF, 0xFF, 0xFF, 0xFF], global: 78)
        #expect(allInvalid?.fields.isEmpty == true)
    }

    @Test func enumValuesReadAsProfileNamesOrNumbers() {
        let fileID = decodeOne(
            [(0, 1, Base.enumeration), (1, 2, Base.uint16), (2, 2, Base.uint16)], [4] + le16(1) + le16(2697), global: 0)
        #expect(fileID?.text("type") == "activity")
        #expect(fileID?.text("manufacturer") == "garmin")
        #expect(fileID?.label("garmin_product") == .name("fenix5"))
        #expect(fileID?.number("product") == 2697)
        let unnamed = decodeOne([(0, 1, Base.enumeration), (1, 2, Base.uint16)], [250] + le16(60000), global: 0)
        #expect(unnamed?.text("type") == "250")
        #expect(unnamed?.label("manufacturer") == .number(60000))
        #expect(unnamed?.label("garmin_product") == nil)
    }

    @Test func materializedFieldsCarryProfileNamesUnitsAndScale() {
        let record = decodeOne([(5, 4, Base.uint32)], le32(123_456), global: 20)
        let field = record?.fields.first
        #expect(field?.name == "distance")
        #expect(field?.units == "m")
        #expect(field?.scale == 100)
        #expect(field?.scaledNumber == 1234.56)
    }

    @Test func messagesBuiltByHandAnswerTheSameQuestions() {
        var message = FITMessage(
            globalNumber: 20, name: "record",
            fields: [FITField(number: 0, name: "position_lat", value: .signed(1 << 30), units: "semicircles")])
        #expect(message.number("position_lat") == 90)
        message.fields.append(FITField(number: 3, name: "heart_rate", value: .unsigned(120), units: "bpm"))
        #expect(message.number("heart_rate") == 120)
        #expect(message.text("heart_rate") == "120")
    }
}
