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
