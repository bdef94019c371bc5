import Planner
import Render
import RunModel
import Testing

/// One display rule: `weeks` shows a week's distance as the plan does (16.7 mi for 27 km, never 16.8 in one
/// and 16.7 in the other).
@Suite struct DisplayRuleTests {
    @Test func weeksAndThePlanShowTheSameFigure() {
        var generator = SystemRandomNumberGenerator()
        let seed = UInt64.random(in: 0...UInt64.max, using: &generator)
        var state = seed
        for _ in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let meters = Double(state >> 40) / 100  // 0 to about 167 km, in centimetres
            for unit in [DistanceUnit.kilometers, .miles] {
                let week = WeekSummary(start: CalendarDay(daysSinceEpoch: 20_000), distanceMeters: meters, runCount: 1)
                let line = WeeksText.line(for: week, scale: meters, unit: unit)
                #expect(line.contains(" \(unit.format(meters))  "), "seed \(seed): \(meters) m in \(unit)")
            }
        }
        let week = WeekSummary(start: CalendarDay(daysSinceEpoch: 20_000), distanceMeters: 27_000, runCount: 3)
        #expect(WeeksText.line(for: week, scale: 27_000, unit: .miles).contains(" 16.7 mi"))
    }
}

/// The runs table: ids as short as tells the log's runs apart (8 characters at least, in steps of 2).
@Suite struct RunsTextTests {
    @Test func idsAreAsShortAsTellsThemApart() {
        #expect(RunsText.idLength(for: []) == 8)
        #expect(RunsText.idLength(for: ["1c89be99aa11", "894903ffbb22"]) == 8)
        #expect(RunsText.idLength(for: ["1c89be99aa11", "1c89be99bb22"]) == 10)
        #expect(RunsText.idLength(for: ["1c89be99aa11", "1c89be99aa22"]) == 12)
    }

    /// The log's question (are the ids distinct at this length?) is asked only at 8, 10, 12, … and
    /// never at or past the longest id.
    @Test func logAskedOneLengthAtATime() {
        var asked: [Int] = []
        let length = RunsText.idLength(longest: 16) { length in
            asked.append(length)
            return length >= 12
        }
        #expect(length == 12)
        #expect(asked == [8, 10, 12])
        #expect(RunsText.idLength(longest: 12) { _ in false } == 12)
        #expect(
            RunsText.idLength(longest: 6) { _ in
                Issue.record("asked")
                return false
            } == 8)
    }

    @Test func noRunsNoHeader() {
        #expect(
            RunsText.render(
                [], excluded: [], idLength: 8, today: CalendarDay(daysSinceEpoch: 20_000), unit: .kilometers
            )
            .isEmpty)
    }
}
