public import Foundation
public import Planner

/// The plan as JSON for scripts (docs/json-output.md, schema `runramp.plan/1`): dates, session kinds,
/// distances in metres, durations in seconds (warm-up and cool-down included, also given
/// separately), mode, history figures and advisories, in the house style of `JSONOutput`.
public enum PlanJSON {
    /// Pretty-printed JSON with sorted snake_case keys and `"schema"`, newline-terminated. Without enough history
    /// for the acute:chronic ratio (`HistoryFigures.hasHistoryForLoadRatio`) its two keys are left out and
    /// `history.acute_chronic_ratio_withheld` says why, as the Markdown leaves its line out.
    public static func render(_ plan: Plan) throws -> String {
        try JSONOutput.document(plan, schema: .plan) { tree in
            guard !plan.history.hasHistoryForLoadRatio, case .object(var members) = tree,
                case .object(var history)? = members["history"]
            else { return tree }
            history["acute_chronic_ratio"] = nil
            history["acute_chronic_ratio_ewma"] = nil
            history[withheldKey] = .string(loadRatioWithheld(plan.history))
            members["history"] = .object(history)
            return .object(members)
        }
    }

    /// The key that says why the acute:chronic ratio is left out.
    static let withheldKey = "acute_chronic_ratio_withheld"

    /// "runs in 1 of the last 4 complete weeks; the ratio needs runs in at least 3".
    static func loadRatioWithheld(_ history: HistoryFigures) -> String {
        let weeks = history.recentWeeks.suffix(4).filter { $0.runs > 0 }.count
        return "runs in \(weeks) of the last 4 complete weeks; the ratio needs runs in at least "
            + "\(HistoryFigures.weeksWithRunsForLoadRatio)"
    }

    /// Decodes a plan written by `render` (its numbers as rounded there).
    public static func decode(_ data: Data) throws -> Plan {
        let decoder = JSONOutput.decoder()
        decoder.keyDecodingStrategy = .custom { path in
            let key = path[path.count - 1]
            return PlanKey(stringValue: camelCase(key.stringValue))
        }
        return try decoder.decode(Plan.self, from: data)
    }

    /// "acute_chronic_ratio_ewma" → "acuteChronicRatioEWMA": snake_case back to the Swift name,
    /// with the one initialism the plan's names spell in capitals.
    static func camelCase(_ key: String) -> String {
        let words = key.split(separator: "_", omittingEmptySubsequences: false)
        guard let first = words.first, words.count > 1 else { return key }
        return String(first)
            + words.dropFirst().map { word in
                word == "ewma" ? "EWMA" : word.prefix(1).uppercased() + word.dropFirst()
            }.joined()
    }

    private struct PlanKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
