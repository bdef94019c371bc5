import RunModel

/// The advice the check-in history adds to a plan: a pause that still stands, a pause just
/// lifted, mild pain that persists, and the warning every hold plan gives.
enum PainAdvisories {
    static func make(state: PainState, mode: PlanMode, backPain: BackPain, today: CalendarDay, hasCheckIns: Bool)
        -> [Advisory]
    {
        var list: [Advisory] = []
        if hasCheckIns, let since = state.pausedSince, since < today, mode == .paused || mode == .urgent {
            let painFree = state.painFreeSince.map { $0.days(to: today) + 1 } ?? 0
            let message =
                state.liftsOnlyWithClearance
                ? "It resumes only when a doctor or physiotherapist has seen you and cleared you (check in with "
                    + "--cleared): the signs you reported need to be examined, and days without pain do not lift it."
                : "It resumes when a doctor or physiotherapist has seen you and cleared you (check in with "
                    + "--cleared), or after \(PainState.painFreeDaysToLift) days in a row without pain or symptoms "
                    + "(pain-free for \(painFree) of them so far)."
            list.append(Advisory(kind: .stopRunning, title: "Running stays paused since \(since)", message: message))
        }
        if mode == .hold || (mode == .beginner && backPain == .mild) {
            if state.mildPainPersists {
                list.append(
                    Advisory(
                        kind: .holdForPain, title: "Your back pain persists: see a doctor or physiotherapist",
                        message:
                            "You have reported mild back pain for \(state.mildDays) days. Pain that lasts two weeks "
                            + "or more should be examined; the plan keeps holding your volume until then."))
            }
            list.append(
                Advisory(
                    kind: .holdForPain, title: "Stop and get checked if the pain worsens or spreads into a leg",
                    message: "If the pain gets worse, or spreads into a leg (pain, numbness or tingling there), stop "
                        + "running and see a doctor or physiotherapist before you run again."
                        + (hasCheckIns
                            ? " When the pain has gone, say so in a check-in and the plan ramps up again." : "")))
        }
        if let resumption = state.resumption, mode == .return {
            let how =
                resumption.byClearance
                ? "you were cleared on \(resumption.liftedOn)"
                : "you reported \(PainState.painFreeDaysToLift) days without pain up to \(resumption.liftedOn)"
            list.append(
                Advisory(
                    kind: .returnAfterBreak, title: "Running again after the pause of \(resumption.pausedOn)",
                    message: "The pause is lifted (\(how)), so the plan restarts as a return plan: gently, from half "
                        + "your usual volume."))
        }
        return list
    }
}
