public import Planner
public import RunModel

/// `runramp today --json` (docs/json-output.md, schema `runramp.today/1`): today's sessions with their
/// typed parts as the plan's JSON gives them, tomorrow's sessions, the check-in and the notice.
public enum DailySessionJSON {
    struct Document: Encodable {
        var today: CalendarDay
        var planMadeOn: CalendarDay?
        var planMode: PlanMode?
        var restDay: Bool
        var sessions: [Item]
        var tomorrow: [Planned]
        var checkIn: CheckInNow?
        var notice: Notice?
    }

    struct Planned: Encodable {
        var day: CalendarDay
        var kind: Session.Kind
        var title: String
        var distanceMeters: Double?
        var durationSeconds: Int
    }

    struct Item: Encodable {
        var day: CalendarDay
        var kind: Session.Kind
        var title: String
        var distanceMeters: Double?
        var durationSeconds: Int
        /// The steps in words, one line each (warm-up, main part, cool-down).
        var steps: [String]
        var warmUp: WarmUp?
        var main: MainSet?
        var coolDown: CoolDown?
        var workoutFile: String?
    }

    struct CheckInNow: Encodable {
        var latest: CheckIn
        var standing: PainState.Standing
        var advice: String
    }

    struct Notice: Encodable {
        var kind: String
        var message: String
    }

    /// Pretty-printed JSON with sorted snake_case keys and `"schema"`, newline-terminated.
    public static func render(_ answer: DailySession) throws -> String {
        let items = answer.sessions.map { item in
            Item(
                day: item.planned.day, kind: item.planned.kind, title: item.planned.title,
                distanceMeters: item.planned.distanceMeters, durationSeconds: item.planned.durationSeconds,
                steps: item.parts.map { SessionText.lines($0, units: answer.units) } ?? [], warmUp: item.parts?.warmUp,
                main: item.parts?.main, coolDown: item.parts?.coolDown, workoutFile: item.workoutFile)
        }
        let document = Document(
            today: answer.today, planMadeOn: answer.planMadeOn, planMode: answer.planMode, restDay: answer.isRestDay,
            sessions: items,
            tomorrow: answer.tomorrow.map {
                Planned(
                    day: $0.day, kind: $0.kind, title: $0.title, distanceMeters: $0.distanceMeters,
                    durationSeconds: $0.durationSeconds)
            },
            checkIn: answer.checkIn.map {
                CheckInNow(
                    latest: $0.latest, standing: $0.state.standing,
                    advice: PainStateText.now($0.state, today: answer.today))
            },
            notice: answer.notice.map { Notice(kind: kind(of: $0), message: DailySessionText.text(for: $0)) })
        return try JSONOutput.document(document, schema: .today)
    }

    /// "no_plan", "plan_ended", "plan_starts_later", "runs_withheld".
    static func kind(of notice: DailySession.Notice) -> String {
        switch notice {
        case .noPlan: "no_plan"
        case .planEnded: "plan_ended"
        case .planStartsLater: "plan_starts_later"
        case .runsWithheld: "runs_withheld"
        }
    }
}
