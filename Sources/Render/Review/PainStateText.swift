public import Planner
public import RunModel

/// Words for back check-ins: one check-in ("mild, numbness") and where the check-ins leave the runner
/// today, as `checkin`, `checkins` and `today` print them (docs/weekly-loop.md, "Check-ins").
public enum PainStateText {
    /// "mild", "persistent, numbness", "none, cleared".
    public static func describe(_ checkIn: CheckIn) -> String {
        ([checkIn.backPain.rawValue] + checkIn.symptoms.sorted().map(\.rawValue)
            + (checkIn.isCleared ? ["cleared"] : []))
            .joined(separator: ", ")
    }

    /// One line on what the check-ins mean today.
    public static func now(_ state: PainState, today: CalendarDay) -> String {
        switch state.standing {
        case .urgent:
            return "Now: seek urgent medical care; no plan is made until you are cleared."
        case .paused:
            let painFree = state.painFreeSince.map { $0.days(to: today) + 1 } ?? 0
            let since = state.pausedSince.map(String.init(describing:)) ?? "\(today)"
            if state.liftsOnlyWithClearance {
                return "Now: running paused since \(since) until a doctor or physiotherapist has seen you and cleared "
                    + "you (--cleared); days without pain do not lift a pause for leg signs."
            }
            return "Now: running paused since \(since) until you are cleared (--cleared) or pain-free "
                + "\(PainState.painFreeDaysToLift) days in a row (\(painFree) so far)."
        case .hold:
            return state.mildPainPersists
                ? "Now: volume held; mild pain for \(state.mildDays) days persists: see a doctor or physiotherapist."
                : "Now: volume held for mild pain; stop and get checked if it worsens or spreads into a leg."
        case .clear:
            return "Now: no pain reported; the plan ramps up as usual."
        }
    }
}
