public import Planner
public import RunModel

/// `runramp today` in words: today's sessions step by step (warm-up, main part, cool-down, back care), the
/// check-in's advice, tomorrow at a glance, and what to do when no plan gives today (docs/today.md).
public enum DailySessionText {
    /// The whole answer, newline-terminated.
    public static func render(_ answer: DailySession) -> String {
        var lines: [String] = []
        let day = DisplayFormat.longDate(answer.today)
        let weekday = Weekday(of: answer.today).shortName
        if let notice = answer.notice {
            lines.append("Today, \(weekday) \(day): " + text(for: notice))
        } else if answer.sessions.isEmpty {
            lines.append("Today, \(weekday) \(day): rest day. Rest, or an easy walk if you like.")
        } else {
            lines.append("Today, \(weekday) \(day):")
        }
        for item in answer.sessions {
            let length = DisplayFormat.duration(seconds: item.planned.durationSeconds)
            lines.append("")
            lines.append("\(item.planned.title) (about \(length))")
            lines += (item.parts.map { SessionText.lines($0, units: answer.units) } ?? []).map { "  " + $0 }
            if let file = item.workoutFile { lines.append("  Workout file: \(file)") }
        }
        if let checkIn = answer.checkIn {
            lines.append("")
            lines.append(
                "Check-in of \(DisplayFormat.dayLabel(checkIn.latest.day)): \(PainStateText.describe(checkIn.latest)). "
                    + PainStateText.now(checkIn.state, today: answer.today))
        }
        lines.append("")
        lines.append("Tomorrow: " + tomorrowText(answer))
        if let madeOn = answer.planMadeOn {
            lines.append("From the plan made on \(DisplayFormat.longDate(madeOn)).")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Long run 8.8 km (about 1 h 05 min)", "rest", "not in a plan yet".
    static func tomorrowText(_ answer: DailySession) -> String {
        guard answer.tomorrowIsPlanned else { return "no plan gives it yet." }
        guard !answer.tomorrow.isEmpty else { return "rest day." }
        return answer.tomorrow.map { "\($0.title) (about \(DisplayFormat.duration(seconds: $0.durationSeconds)))" }
            .joined(separator: ", ") + "."
    }

    /// What a notice means, with what to do.
    public static func text(for notice: DailySession.Notice) -> String {
        switch notice {
        case .noPlan:
            return "no plan in the log gives this day. Make one with `runramp plan -o plan.md`; "
                + "until then rest, or run easy no longer than your usual runs."
        case .planEnded(let lastDay):
            return "your last plan ended on \(DisplayFormat.longDate(lastDay)). Make the next one with "
                + "`runramp plan -o plan.md`; until then rest, or run easy no longer than your usual runs."
        case .planStartsLater(let firstDay):
            return "your plan starts on \(DisplayFormat.longDate(firstDay)); until then rest, or run easy "
                + "no longer than your usual runs."
        case .runsWithheld(let standing):
            return standing == .urgent
                ? "no training: your check-in reports a warning sign (below)."
                : "no running: your check-ins paused it (below); the walk and back care only if pain-free."
        }
    }
}
