import FIT
import TestSupport
import Testing

@Suite struct ComponentTests {
    @Test func speedAndAltitudeFillTheirEnhancedTwins() {
        var b = FITBuilder()
        b.define(local: 0, global: 20, fields: [(6, 2, Base.uint16), (2, 2, Base.uint16)])
        b.data(local: 0, le16(2850) + le16(3977))
        let record = FITDecoder.decode(b.file()).messages[0]
        #expect(record.number("enhanced_speed") == 2.85)
        #expect(record.number("enhanced_altitude") == 295.4)
        let names = record.fields.compactMap(\.name)
        #expect(names == ["speed", "altitude", "enhanced_speed", "enhanced_altitude"])
        #expect(record.fields.first { $0.name == "enhanced_altitude" }?.scaledNumber == 295.4)
    }

    @Test func enhancedFieldsPresentInTheFileWin() {
        var b = FITBuilder()
        b.define(local: 0, global: 20, fields: [(6, 2, Base.uint16), (73, 4, Base.uint32)])
        b.data(local: 0, le16(2850) + le32(70_000))
        let record = FITDecoder.decode(b.file()).messages[0]
        #expect(record.number("enhanced_speed") == 70)
        #expect(record.fields.filter { $0.name == "enhanced_speed" }.count == 1)
    }

    /// compressed_speed_distance: 12 bits speed (1/100 m/s), 12 bits distance (1/16 m, accumulated).
    @Test func compressedSpeedDistanceAccumulatesDistance() {
        var b = FITBuilder()
        b.define(local: 0, global: 20, fields: [(8, 3, Base.byte)])
        func packed(speed: UInt32, distance: UInt32) -> [UInt8] {
            let bits = speed | distance << 12
            return [UInt8(bits & 0xFF), UInt8(bits >> 8 & 0xFF), UInt8(bits >> 16 & 0xFF)]
        }
        b.data(local: 0, packed(speed: 285, distance: 4000))
        b.data(local: 0, packed(speed: 290, distance: 4080))
        b.data(local: 0, packed(speed: 300, distance: 40))  // wrapped past 4095
        let records = FITDecoder.decode(b.file()).messages
        #expect(records.map { $0.number("speed") } == [2.85, 2.9, 3.0])
        #expect(records.map { $0.number("enhanced_speed") } == [2.85, 2.9, 3.0])
        #expect(records.map { $0.number("distance") } == [250, 255, 4136.0 / 16])
        #expect(records[2].fields.first { $0.name == "distance" }?.scaledNumber == 4136.0 / 16)
    }

    @Test func subfieldsFollowTheirReferenceField() {
        var b = FITBuilder()
        b.define(
            local: 0, global: 21, fields: [(0, 1, Base.enumeration), (1, 1, Base.enumeration), (3, 4, Base.uint32)])
        b.data(local: 0, [0, 0] + le32(1))  // event timer, data = timer_trigger 1, "auto"
        let event = FITDecoder.decode(b.file()).messages[0]
        #expect(event.text("timer_trigger") == "auto")
        #expect(event.text("course_point_index") == nil)
        #expect(event.fields.contains { $0.name == "timer_trigger" })
    }
}
