public import RunModel

/// The check-in rule (docs/weekly-loop.md, "Check-ins"): a pause or urgent result stands until a
/// check-in says the runner was cleared; pain-free check-ins covering seven days in a row lift only a
/// pause for back pain alone (not one with leg signs, not an urgent result); mild pain holds the
/// volume while it is the latest answer.
public enum PainHistory {
    /// The state the check-ins on or before `today` leave, read in day order (same day: as given).
    public static func state(of checkIns: [CheckIn], today: CalendarDay) -> PainState {
        let ordered = checkIns.enumerated()
            .filter { $0.element.day <= today }
            .sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }
            .map(\.element)
        var state = PainState()
        for checkIn in ordered { apply(checkIn, to: &state) }
        return state
    }

    static func apply(_ checkIn: CheckIn, to state: inout PainState) {
        if checkIn.pausesRunning {
            let wasStopped = state.standing == .paused || state.standing == .urgent
            state.standing = checkIn.isUrgent || state.standing == .urgent ? .urgent : .paused
            state.symptoms = (wasStopped ? state.symptoms : []).union(checkIn.symptoms)
            if !wasStopped { state.pausedSince = checkIn.day }
            state.painFreeSince = nil
            state.mildSince = nil
            state.mildLatest = nil
            return
        }
        if state.standing == .paused || state.standing == .urgent {
            var lifts = checkIn.isCleared
            if checkIn.isPainFree {
                let first = state.painFreeSince ?? checkIn.day
                state.painFreeSince = first
                lifts =
                    lifts
                    || (!state.liftsOnlyWithClearance
                        && first.days(to: checkIn.day) + 1 >= PainState.painFreeDaysToLift)
            } else {
                state.painFreeSince = nil
            }
            guard lifts else { return }
            state.resumption = PainState.Resumption(
                pausedOn: state.pausedSince ?? checkIn.day, liftedOn: checkIn.day, byClearance: checkIn.isCleared)
            state.standing = .clear
            state.symptoms = []
            state.pausedSince = nil
            state.painFreeSince = nil
        }
        if checkIn.backPain == .mild && !checkIn.isCleared {
            state.standing = .hold
            state.mildSince = state.mildSince ?? checkIn.day
            state.mildLatest = checkIn.day
        } else {
            // Pain-free, or mild pain a professional has looked at: the mild episode ends.
            state.standing = checkIn.backPain == .mild ? .hold : .clear
            state.mildSince = checkIn.backPain == .mild ? checkIn.day : nil
            state.mildLatest = state.mildSince
        }
    }
}
