/// A remembered session's parts again: the record keeps the kind, distance, length and title of each
/// session, and the planner's rules give back its warm-up, main part and cool-down (`runramp today`).
extension PlanRecord.PlannedSession {
    /// The session as the planner made it, or nil when the record does not say enough (a run/walk whose
    /// Couch-to-5K set no rule of this version gives with the stored title and length).
    ///
    /// - Parameters:
    ///   - mode: the mode of the plan the session belongs to (paused mode's back care is only if pain-free).
    ///   - backCareWeek: the back-care week number the record gives the session's week.
    ///   - title: the words that named the session when it was stored (Render's `SessionText.title`).
    public func session(mode: PlanMode, backCareWeek: Int, title: (Session) -> String) -> Session? {
        let candidate: Session?
        switch kind {
        case .easyRun, .longRun:
            guard let meters = distanceMeters else { return nil }
            let warmUp = WarmUp.beforeEveryRun
            let coolDown = CoolDown.afterEveryRun
            let mainSeconds = durationSeconds - warmUp.seconds - coolDown.seconds
            guard mainSeconds > 0 else { return nil }
            candidate = Session(
                kind: kind, distanceMeters: meters, durationSeconds: durationSeconds, warmUp: warmUp,
                main: .run(minutes: mainSeconds / 60), coolDown: coolDown)
        case .runWalk:
            candidate = CouchToFiveK.weeks.lazy
                .flatMap { CouchToFiveK.sessions(week: $0) }
                .map(SessionFactory.runWalk)
                .first { $0.durationSeconds == durationSeconds && title($0) == self.title }
        case .backCare:
            candidate = SessionFactory.backCare(week: backCareWeek, onlyIfPainFree: mode == .paused)
        case .walk:
            candidate = SessionFactory.walk()
        }
        // The parts must add up to what was stored: a record from another version of the rules is not guessed at.
        guard let candidate, candidate.durationSeconds == durationSeconds else { return nil }
        return candidate
    }
}
