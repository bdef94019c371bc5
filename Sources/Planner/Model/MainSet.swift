/// The main part of a session, between warm-up and cool-down.
public enum MainSet: Sendable, Hashable, Codable {
    /// A continuous easy or long run of the session's distance, about `minutes` long at the runner's pace.
    case run(minutes: Int)
    /// Couch-to-5K run/walk intervals.
    case runWalk(RunWalkSet)
    /// An easy walk (paused mode).
    case walk(minutes: Int)
    /// Exercises, in order (back care).
    case exercises([Exercise])

    // Named keys in JSON (`{"run_walk": {"set": …}}`) instead of Swift's `_0`.
    enum RunWalkCodingKeys: String, CodingKey { case _0 = "set" }
    enum ExercisesCodingKeys: String, CodingKey { case _0 = "list" }

    /// The run/walk set of a Couch-to-5K session (nil for any other main set).
    public var runWalkSet: RunWalkSet? {
        if case .runWalk(let set) = self { set } else { nil }
    }

    /// Seconds the main set lasts.
    public var seconds: Int {
        switch self {
        case .run(let minutes), .walk(let minutes): minutes * 60
        case .runWalk(let set): set.seconds
        case .exercises: 0
        }
    }
}
