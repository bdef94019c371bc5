public import Planner
public import RunModel

/// The stored back check-ins and where they leave the runner today, as JSON for scripts
/// (docs/json-output.md, schema `runramp.checkins/1`).
public enum CheckInsJSON {
    struct Document: Encodable {
        var checkins: [CheckIn]
        var now: Now
    }

    /// What the check-ins mean on `today` (docs/weekly-loop.md, "Check-ins").
    struct Now: Encodable {
        var today: CalendarDay
        var standing: PainState.Standing
        var pausedSince: CalendarDay?
        var painFreeSince: CalendarDay?
        var mildPainPersists: Bool
    }

    /// Pretty-printed JSON with sorted snake_case keys and `"schema"`, newline-terminated.
    public static func render(_ checkIns: [CheckIn], state: PainState, today: CalendarDay) throws -> String {
        let now = Now(
            today: today, standing: state.standing, pausedSince: state.pausedSince, painFreeSince: state.painFreeSince,
            mildPainPersists: state.mildPainPersists)
        return try JSONOutput.document(Document(checkins: checkIns, now: now), schema: .checkIns)
    }
}
