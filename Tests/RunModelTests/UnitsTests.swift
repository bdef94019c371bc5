import RunModel
import Testing

@Suite struct UnitsTests {
    @Test(arguments: [
        ("5km", 5_000.0), ("5 km", 5_000), ("10k", 10_000), ("3.1mi", 4_988.97), ("800m", 800),
        ("26.2 miles", 42_164.81),
        ("7", 7_000),
    ])
    func distancesParse(text: String, meters: Double) throws {
        let distance = try #require(Distance(parsing: text))
        #expect(abs(distance.meters - meters) < 0.01)
    }

    @Test(arguments: ["", "km", "5 furlongs", "-3km", "abc", "5..2km"])
    func badDistancesAreRejected(text: String) {
        #expect(Distance(parsing: text) == nil)
    }

    @Test func distancesFormatInBothUnits() {
        #expect(Distance.kilometers(5).formatted(in: .kilometers) == "5.00 km")
        #expect(Distance(meters: 10_000).formatted(in: .miles, decimals: 1) == "6.2 mi")
        #expect(abs(Distance.miles(1).kilometers - 1.609344) < 1e-12)
    }

    @Test(arguments: [
        ("31:20", 1_880.0), ("1:02:03", 3_723), ("45", 45), ("45min", 2_700), ("1h30m", 5_400), ("90s", 90),
        ("0:59", 59),
    ])
    func durationsParse(text: String, seconds: Double) {
        #expect(DurationText.seconds(parsing: text) == seconds)
    }

    @Test(arguments: ["", "31:75", "1:75:00", "a:b", "10 parsecs", "1:2:3:4", "-5"])
    func badDurationsAreRejected(text: String) {
        #expect(DurationText.seconds(parsing: text) == nil)
    }

    @Test func clocksAndPaces() {
        #expect(DurationText.clock(1_880) == "31:20")
        #expect(DurationText.clock(3_723.4) == "1:02:03")
        #expect(DurationText.clock(59.6) == "1:00")
        #expect(DurationText.pace(seconds: 1_880, meters: 5_000, unit: .kilometers) == "6:16 /km")
        #expect(DurationText.pace(seconds: 1_880, meters: 5_000, unit: .miles) == "10:05 /mi")
        #expect(DurationText.pace(seconds: 100, meters: 0, unit: .kilometers) == "–")
    }
}
