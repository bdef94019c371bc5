public import Planner

/// A week's review as JSON for scripts (docs/json-output.md, schema `runramp.review/1`): the
/// review's snake_case keys beside `"schema"`, distances in metres, in the house style of `JSONOutput`.
public enum ReviewJSON {
    /// Pretty-printed JSON with sorted snake_case keys and `"schema"`, newline-terminated.
    public static func render(_ review: WeekReview) throws -> String {
        try JSONOutput.document(review, schema: .review)
    }
}
