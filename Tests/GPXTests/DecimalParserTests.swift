import Foundation
import TestSupport
import Testing

@testable import GPX

/// Numbers from bytes: the fast path must agree with strtod to the last bit.
@Suite struct DecimalParserTests {
    @Test(arguments: [
        "0", "47.644548", "-122.326897", "37.24173816852271556854248046875", "-0.5", "+3.25", "1e3", "1.5E-2",
        "295.40", "0.000001", "123456789012345", "1234567890123456789", ".5", "5.", "  12.5\n",
    ])
    func agreesWithStrtod(text: String) throws {
        let expected = strtod(text, nil)
        #expect(DecimalParser.parse(Array(text.utf8)) == expected)
    }

    @Test(arguments: ["", "  ", "abc", "1.2.3", "nan", "inf", "0x1p3", "1e", "12a", "-", "1e999", "--1"])
    func rejectsWhatIsNotAFiniteDecimal(text: String) {
        #expect(DecimalParser.parse(Array(text.utf8)) == nil)
    }

    @Test func fastPathMatchesStrtodOnManyCoordinates() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let degrees = Double(Int64(generator.next() % 360_000_000) - 180_000_000) / 1_000_000
            let digits = Int(generator.next() % 10) + 1
            let text = String(format: "%.\(digits)f", degrees)
            #expect(DecimalParser.parse(Array(text.utf8)) == strtod(text, nil), "\(text)")
        }
    }
}
