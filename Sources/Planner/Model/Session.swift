/// One thing to do on a day: a run (with its warm-up and cool-down), a walk or a back-care routine, as typed parts.
///
/// The planner fills the parts with numbers (seconds, repetitions, metres); Render turns them into words. The
/// rules behind each part are in docs/planning-rules.md ("Sessions around the runs").
public struct Session: Sendable, Hashable, Codable {
    /// What kind of session this is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case easyRun, longRun, runWalk, backCare, walk

        /// True for the running kinds (they carry a warm-up and a cool-down).
        public var isRun: Bool { self == .easyRun || self == .longRun || self == .runWalk }
    }

    public var kind: Kind
    /// Running distance in metres; nil for back care, walks and time-based run/walk.
    public var distanceMeters: Double?
    /// The whole event: warm-up + main set + cool-down.
    public var durationSeconds: Int
    /// The warm-up before a run (nil for back care and walks).
    public var warmUp: WarmUp?
    /// What the session is about: the run, the run/walk intervals, the walk or the exercises.
    public var main: MainSet
    /// The cool-down after a run (nil for back care and walks).
    public var coolDown: CoolDown?
    /// Only to be done on a pain-free day (paused mode).
    public var onlyIfPainFree: Bool

    public init(
        kind: Kind, distanceMeters: Double?, durationSeconds: Int, warmUp: WarmUp? = nil, main: MainSet,
        coolDown: CoolDown? = nil, onlyIfPainFree: Bool = false
    ) {
        self.kind = kind
        self.distanceMeters = distanceMeters
        self.durationSeconds = durationSeconds
        self.warmUp = warmUp
        self.main = main
        self.coolDown = coolDown
        self.onlyIfPainFree = onlyIfPainFree
    }

    /// Seconds of `durationSeconds` spent warming up (600 for runs, 0 otherwise).
    public var warmUpSeconds: Int { warmUp?.seconds ?? 0 }
    /// Seconds of `durationSeconds` spent cooling down (300 for runs, 0 otherwise).
    public var coolDownSeconds: Int { coolDown?.seconds ?? 0 }
}
