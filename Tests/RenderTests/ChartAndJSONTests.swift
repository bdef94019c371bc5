import Foundation
import Planner
import RunModel
import Testing

@testable import Render

/// The SVG chart and the JSON output.
@Suite struct ChartAndJSONTests {
    @Test func chartColoursHistoryAndPlanDifferently() {
        let svg = MileageChartSVG().render(RenderFixtures.build)
        let bars = svg.components(separatedBy: "<rect x=").count - 1
        #expect(bars == 8 + 4 + 3)  // 8 history weeks, 4 planned, 3 legend swatches
        #expect(svg.components(separatedBy: "fill=\"\(MileageChartSVG.historyColor)\"").count - 1 == 8 + 1)
        #expect(svg.components(separatedBy: "fill=\"\(MileageChartSVG.plannedColor)\"").count - 1 == 3 + 1)
        #expect(svg.components(separatedBy: "fill=\"\(MileageChartSVG.cutbackColor)\"").count - 1 == 1 + 1)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>\n"))
    }

    @Test func jsonHoldsDatesKindsMetresSecondsAndRoundTrips() throws {
        let plan = RenderFixtures.build
        let json = try PlanJSON.render(plan)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "runramp.plan/1")
        #expect(object["mode"] as? String == "build")
        #expect(object["today"] as? String == "2026-11-23")
        let weeks = try #require(object["weeks"] as? [[String: Any]])
        let sunday = try #require((weeks[0]["days"] as? [[String: Any]])?.last)
        #expect(sunday["date"] as? String == "2026-11-29")
        let session = try #require((sunday["sessions"] as? [[String: Any]])?.first)
        #expect(session["kind"] as? String == "longRun")
        #expect(session["distance_meters"] as? Double == 8800)
        #expect(session["duration_seconds"] as? Int == 4080)
        #expect((session["warm_up"] as? [String: Any])?["seconds"] as? Int == 600)
        #expect((session["cool_down"] as? [String: Any])?["seconds"] as? Int == 300)
        let history = try #require(object["history"] as? [String: Any])
        #expect(history["average_week_meters"] as? Double == 21_750)
        #expect(history.keys.contains("acute_chronic_ratio_ewma"))
        // Decoding gives the same plan up to the rounding of fractions to 12 significant digits.
        let decoded = try PlanJSON.decode(Data(json.utf8))
        #expect(try PlanJSON.render(decoded) == json)
        #expect(decoded.weeks == plan.weeks)
        #expect(decoded.history.acuteChronicRatioEWMA != nil)
    }
}

/// JSON bytes do not depend on set iteration order (which changes from process to process).
@Suite struct JSONStabilityTests {
    @Test func weekdaysAndSymptomsAreWrittenSorted() throws {
        var options = RenderFixtures.options
        options.symptoms = [.tingling, .numbness, .radiatingPain]
        let plan = makePlan(runs: RenderFixtures.history, today: RenderFixtures.day("2026-11-23"), options: options)
        let json = try PlanJSON.render(plan)
        let compact = json.filter { !$0.isWhitespace }
        #expect(compact.contains("\"weekdays\":[\"mon\",\"tue\",\"thu\",\"sat\",\"sun\"]"))
        #expect(compact.contains("\"symptoms\":[\"radiating-pain\",\"numbness\",\"tingling\"]"))
    }
}

/// The acute:chronic ratio in `plan --format json` only with enough history, as in the Markdown; otherwise its keys
/// are left out and `acute_chronic_ratio_withheld` says why (docs/json-output.md).
@Suite struct LoadRatioJSONTests {
    static func history(_ plan: Plan) throws -> [String: Any] {
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(try PlanJSON.render(plan).utf8)) as? [String: Any])
        return try #require(object["history"] as? [String: Any])
    }

    @Test func withoutEnoughHistoryTheRatioIsLeftOutWithAReason() throws {
        let beginner = RenderFixtures.beginner
        #expect(!beginner.history.hasHistoryForLoadRatio)
        let history = try Self.history(beginner)
        #expect(history["acute_chronic_ratio"] == nil)
        #expect(history["acute_chronic_ratio_ewma"] == nil)
        let weeks = beginner.history.recentWeeks.suffix(4).filter { $0.runs > 0 }.count
        #expect(
            history["acute_chronic_ratio_withheld"] as? String
                == "runs in \(weeks) of the last 4 complete weeks; the ratio needs runs in at least 3")
        // Read back and written again, the same document.
        let json = try PlanJSON.render(beginner)
        #expect(try PlanJSON.render(try PlanJSON.decode(Data(json.utf8))) == json)
    }

    @Test func withEnoughHistoryTheRatioIsThereAndNoReason() throws {
        let plan = RenderFixtures.build
        #expect(plan.history.hasHistoryForLoadRatio)
        let history = try Self.history(plan)
        #expect(
            history["acute_chronic_ratio"] as? Double == plan.history.acuteChronicRatio.map(JSONOutput.withoutNoise))
        #expect(history["acute_chronic_ratio_withheld"] == nil)
    }

    /// Histories with runs in 0 to 4 of the last four weeks: the keys follow `hasHistoryForLoadRatio` exactly,
    /// and both sides of the rule are met.
    @Test func theKeysFollowTheHistoryRule() throws {
        var shown: Set<Bool> = []
        for weeksWithRuns in 0...4 {
            // Runs in the last `weeksWithRuns` of the four weeks before 2026-11-23.
            let runs = RenderFixtures.history.filter { run in
                let weeksBack = (CalendarDay("2026-11-23").map { $0.daysSinceEpoch } ?? 0) - run.localDay.daysSinceEpoch
                return weeksBack > 0 && (weeksBack - 1) / 7 < weeksWithRuns
            }
            let plan = makePlan(runs: runs, today: RenderFixtures.day("2026-11-23"), options: RenderFixtures.options)
            let history = try Self.history(plan)
            #expect((history["acute_chronic_ratio_withheld"] == nil) == plan.history.hasHistoryForLoadRatio)
            #expect((history["acute_chronic_ratio_ewma"] != nil) == plan.history.hasHistoryForLoadRatio)
            shown.insert(plan.history.hasHistoryForLoadRatio)
        }
        #expect(shown == [true, false])
    }
}
