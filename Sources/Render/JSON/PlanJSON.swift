public import Foundation
public import Planner

/// The plan as JSON for scripts: dates, session kinds, distances in metres, durations in seconds (warm-up and
/// cool-down included, also given separately), mode, history figures and advisories.
public enum PlanJSON {
    /// Pretty-printed JSON with sorted keys (stable output), newline-terminated.
    public static func render(_ plan: Plan) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let data = try encoder.encode(plan)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Decodes a plan written by `render`.
    public static func decode(_ data: Data) throws -> Plan {
        try JSONDecoder().decode(Plan.self, from: data)
    }
}
