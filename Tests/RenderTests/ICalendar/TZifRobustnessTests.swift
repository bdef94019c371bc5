import Foundation
import PropertyBased
import Testing
import ZoneInfo

@testable import Render

/// Damaged zone data and TZ strings never crash: they are read or rejected with an error.
@Suite(.enabled(if: hasZoneData, "needs TZif data in /usr/share/zoneinfo"))
struct TZifRobustnessTests {
    @Test func corruptedZoneFilesAreReadOrRejectedNeverCrash() async throws {
        let original = [UInt8](try #require(FileManager.default.contents(atPath: zoneDirectory + "/America/New_York")))
        let edits = zip(Gen.int(in: 0...(original.count - 1)), Gen.uint8(in: 0...255)).array(of: 1...12)
        await propertyCheck(count: 300, input: edits, Gen.int(in: 0...(2 * original.count))) { edits, length in
            var bytes = original
            for (index, value) in edits { bytes[index] = value }
            bytes = Array(bytes.prefix(length))  // whole file half the time
            do {
                let rules = try TZifReader.read(bytes, identifier: "America/New_York", path: "ny")
                // Whatever was read must still answer queries.
                _ = rules.type(at: 1_796_536_800)
                _ = rules.transitions(from: 1_767_225_600, through: 1_830_297_600)
                var writer = ICalendarWriter()
                VTimeZoneBuilder.write(rules, years: 2026...2027, into: &writer)
                #expect(ICalendarStructure(writer.finish()).problems.isEmpty)
            } catch {
                #expect((error as? ZoneInfoError)?.offset.map { $0 <= bytes.count } ?? false)
            }
        }
    }

    @Test func transitionTimesBeyondTheBigBangAreRejected() throws {
        var bytes = [UInt8](try #require(FileManager.default.contents(atPath: zoneDirectory + "/Europe/Berlin")))
        // The first 64-bit transition time sits after both headers and the v1 block.
        func count(_ index: Int) -> Int { bytes[20 + 4 * index..<24 + 4 * index].reduce(0) { $0 << 8 | Int($1) } }
        let (isUT, isStd, leap, times, types, chars) = (count(0), count(1), count(2), count(3), count(4), count(5))
        let first = 44 + times * 5 + types * 6 + chars + leap * 8 + isStd + isUT + 44
        for index in first..<first + 8 { bytes[index] = index == first ? 0x80 : 0 }
        #expect(throws: ZoneInfoError.self) { _ = try TZifReader.read(bytes, identifier: "Europe/Berlin", path: "b") }
    }

    @Test func arbitraryTZStringsNeverCrash() async {
        let pieces = [
            "CET", "-1", "CEST", ",", "M3.5.0", "M10.5.0", "/3", "J60", "365", "<+05>", "<", ">", ".", "M13.9.9", "167",
            "9999", ":", "-",
        ]
        await propertyCheck(count: 300, input: Gen.element(of: pieces).array(of: 0...8)) { parts in
            let text = parts.compactMap { $0 }.joined()
            if let rule = POSIXTimeZoneRule(text) {
                #expect(rule.transitions(inYear: 2026).count == (rule.daylightRule == nil ? 0 : 2))
            }
        }
    }
}
