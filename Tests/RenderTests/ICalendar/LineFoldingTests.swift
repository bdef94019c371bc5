import Testing

@testable import Render

@Suite struct LineFoldingTests {
    @Test func shortLinesAreNotFolded() {
        #expect(LineFolding.fold("SUMMARY:Easy run") == "SUMMARY:Easy run\r\n")
        let exactly75 = "DESCRIPTION:" + String(repeating: "a", count: 63)
        #expect(LineFolding.fold(exactly75) == exactly75 + "\r\n")
    }

    @Test func longASCIILineFoldsAt75OctetsThen74PlusTheSpace() {
        let line = "DESCRIPTION:" + String(repeating: "x", count: 150)
        let expected =
            "DESCRIPTION:" + String(repeating: "x", count: 63) + "\r\n " + String(repeating: "x", count: 74) + "\r\n "
            + String(repeating: "x", count: 13) + "\r\n"
        #expect(LineFolding.fold(line) == expected)
    }

    @Test func foldNeverSplitsAMultiByteSequence() {
        // 73 ASCII octets, then "é" (2 octets) fits exactly; "€" (3 octets) must move to the next line.
        let prefix = String(repeating: "a", count: 73)
        #expect(LineFolding.fold(prefix + "é" + "b") == prefix + "é\r\n b\r\n")
        #expect(LineFolding.fold(prefix + "€") == prefix + "\r\n €\r\n")
        #expect(LineFolding.fold(prefix + "🏃") == prefix + "\r\n 🏃\r\n")
    }

    @Test func unfoldingHandlesAFoldBeforeACombiningMark() {
        let line = String(repeating: "a", count: 74) + "e\u{301}" + "x"
        let folded = LineFolding.fold(line)
        #expect(folded.utf8.starts(with: Array((String(repeating: "a", count: 74) + "e\r\n \u{301}").utf8)))
        #expect(LineFolding.unfold(folded) == [line])
    }

    @Test(arguments: [
        "", "a", "SUMMARY:🏃‍♀️🏃‍♀️🏃‍♀️" + String(repeating: "ü€😀x", count: 60), String(repeating: "\\,", count: 100),
    ])
    func unfoldingRestoresTheLine(line: String) {
        let folded = LineFolding.fold(line)
        #expect(LineFolding.unfold(folded) == (line.isEmpty ? [""] : [line]))
        for physical in folded.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast() {
            #expect(physical.utf8.count <= 75)
        }
    }
}
