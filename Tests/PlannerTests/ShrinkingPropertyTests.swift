import Planner
import PropertyBased
import RunModel
import Testing

/// The same invariants with swift-property-based, whose shrinking reduces a failure to the smallest weeks,
/// days and long run that break it (and prints a `.fixedSeed(…)` to replay).
@Suite struct ShrinkingPropertyTests {
    static let today = TestRuns.day("2026-11-24")

    /// Four complete weeks (W4 first) of four runs each, the last one the week's longest.
    static func history(weeksMeters: [Int], longestMeters: Int) -> [Run] {
        let monday = today.adding(days: 1 - today.isoWeekday)
        var runs: [Run] = []
        for (i, meters) in weeksMeters.enumerated() where meters > 0 {
            let start = monday.adding(days: -7 * (weeksMeters.count - i))
            let long = min(Double(longestMeters), Double(meters))
            let easy = (Double(meters) - long) / 3
            for day in [1, 3, 5] where easy > 0 {
                runs.append(TestRuns.run(on: start.adding(days: day), kilometers: easy / 1000, id: "e\(i)-\(day)"))
            }
            runs.append(TestRuns.run(on: start.adding(days: 6), kilometers: long / 1000, id: "l\(i)"))
        }
        return runs
    }

    @Test func buildPlansKeepEveryRuleForAnyWeeksAndDays() async {
        await propertyCheck(
            count: 1_000,
            input: Gen.int(in: 0...120_000).array(of: 4), Gen.int(in: 1...127), Gen.int(in: 1...7),
            Gen.int(in: 1_000...40_000),
            Gen.int(in: 1...12), Gen.int(in: -20...120), Gen.int(in: 0...2)
        ) { weeks, dayMask, longDay, longest, length, startOffset, pain in
            let runs = Self.history(weeksMeters: weeks, longestMeters: longest)
            let weekdays = Set(Weekday.allCases.filter { dayMask & (1 << ($0.number - 1)) != 0 })
            // A negative offset means no --start; otherwise a start that many days after today.
            let start = startOffset < 0 ? nil : Self.today.adding(days: startOffset)
            let options = PlanOptions(
                weekdays: weekdays, longRunDay: Weekday(number: longDay), weeks: length, start: start,
                backPain: [BackPain.none, .mild, .persistent][pain])
            let plan = makePlan(runs: runs, today: Self.today, options: options)
            let problems = PlanInvariants(runs: runs, today: Self.today, options: options, plan: plan).violations()
            #expect(problems.isEmpty, "\(problems.prefix(3).joined(separator: "; "))")
        }
    }
}
