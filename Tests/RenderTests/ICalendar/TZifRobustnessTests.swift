import Foundation
import PropertyBased
import Testing

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
                #expect((error as? ICalendarError)?.offset.map { $0 <= bytes.count } ?? false)
            }
        }
    }

    @Test func arbitraryTZStringsNeverCrash() async {
        let pieces = ["CET", "-1", "CEST", ",", "M3.5.0", "M10.5.0", "/3", "J60", "365", "<+05>", "<", ">", ".", "M13.9.9", "167", "9999", ":", "-"]
        await propertyCheck(count: 300, input: Gen.element(of: pieces).array(of: 0...8)) { parts in
            let text = parts.compactMap { $0 }.joined()
            if let rule = POSIXTimeZoneRule(text) {
                #expect(rule.transitions(inYear: 2026).count == (rule.daylightRule == nil ? 0 : 2))
            }
        }
    }
}
