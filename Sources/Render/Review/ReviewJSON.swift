import Foundation
public import Planner

/// A week's review as JSON for scripts: snake_case keys, distances in metres, a top-level
/// "schema" version (docs/weekly-loop.md describes the fields).
public enum ReviewJSON {
    /// The version of this output's fields.
    public static let schema = 1

    struct Document: Encodable {
        var schema: Int
        var review: WeekReview
    }

    /// Pretty-printed JSON with sorted keys, newline-terminated.
    public static func render(_ review: WeekReview) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Document(schema: schema, review: review))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
