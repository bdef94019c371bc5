import Foundation
import Planner
import RunModel
import Testing

@testable import Render

/// The house JSON style (docs/json-output.md): schema, snake_case, sorted keys, no float noise.
@Suite struct JSONOutputTests {
    struct Sample: Encodable {
        var distanceMeters: Double
        var runCount: Int
        var acuteChronicRatioEWMA: Double?
        var nested: [Inner]
    }

    struct Inner: Encodable {
        var movingSeconds: Double
    }

    @Test func documentsCarryTheSchemaAndSnakeCaseKeysInOrder() throws {
        let text = try JSONOutput.document(
            Sample(
                distanceMeters: 3.6 * 1609.344, runCount: 2, acuteChronicRatioEWMA: nil,
                nested: [Inner(movingSeconds: 0.1 + 0.2)]),
            schema: JSONSchema("sample", version: 3))
        #expect(
            text == """
                {
                  "distance_meters" : 5793.6384,
                  "nested" : [
                    {
                      "moving_seconds" : 0.3
                    }
                  ],
                  "run_count" : 2,
                  "schema" : "runramp.sample/3"
                }

                """)
    }

    @Test func listsGoUnderAKeyBesideTheSchema() throws {
        let text = try JSONOutput.document(
            listing: [Inner(movingSeconds: 60)], under: "runs", schema: JSONSchema("runs", version: 1))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["schema", "runs"])
        #expect(object["schema"] as? String == "runramp.runs/1")
        #expect((object["runs"] as? [[String: Any]])?.first?["moving_seconds"] as? Int == 60)
    }

    @Test(arguments: [
        (5793.638400000001, 5793.6384), (0.30000000000000004, 0.3), (46.0512345, 46.0512345),
        (-121.97232423350215, -121.972324234), (12_835.5, 12_835.5), (1_234_567.891_234_567, 1_234_567.891_23),
        (3.0, 3.0),
    ])
    func fractionsKeepTwelveSignificantDigits(value: Double, expected: Double) {
        #expect(JSONOutput.withoutNoise(value) == expected)
    }

    @Test func milesPlanHasNoFloatNoise() throws {
        var options = RenderFixtures.options
        options.units = .miles
        options.weeklyCeilingMeters = nil
        let plan = makePlan(runs: RenderFixtures.history, today: RenderFixtures.day("2026-11-23"), options: options)
        let json = try PlanJSON.render(plan)
        // No number with more than 12 significant digits anywhere.
        let numbers = json.split(whereSeparator: { " ,:[]{}\n\"".contains($0) }).filter {
            $0.first?.isNumber == true || $0.first == "-"
        }
        for number in numbers where number.contains(".") {
            let digits = number.filter(\.isNumber).drop { $0 == "0" }
            #expect(digits.count <= 12, "\(number)")
        }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let weeks = try #require(object["weeks"] as? [[String: Any]])
        let planned = try #require(weeks.first?["planned_meters"] as? Double)
        // A whole number of tenths of a mile, written to 12 significant digits.
        let tenths = planned / 160.9344
        #expect(abs(tenths - tenths.rounded()) < 1e-9)
    }
}
