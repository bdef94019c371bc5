/// One thing to do on a day: a run (with its warm-up and cool-down) or a back-care routine.
public struct Session: Sendable, Hashable, Codable {
    /// What kind of session this is.
    public enum Kind: String, Sendable, Hashable, Codable {
        case easyRun, longRun, runWalk, backCare

        /// True for the running kinds (they carry a warm-up and a cool-down).
        public var isRun: Bool { self != .backCare }
    }

    public var kind: Kind
    /// Running distance in metres; nil for back care and time-based run/walk.
    public var distanceMeters: Double?
    /// The whole event: warm-up + activity + cool-down.
    public var durationSeconds: Int
    /// Short, e.g. "Long run 9.6 km" (built with the plan's units).
    public var title: String
    /// Warm-up, main set, cool-down / exercises, one line each.
    public var steps: [String]
    /// Seconds of `durationSeconds` spent warming up (600 for runs, 0 for back care).
    public var warmUpSeconds: Int
    /// Seconds of `durationSeconds` spent cooling down (300 for runs, 0 for back care).
    public var coolDownSeconds: Int

    public init(
        kind: Kind, distanceMeters: Double?, durationSeconds: Int, title: String, steps: [String],
        warmUpSeconds: Int = 0, coolDownSeconds: Int = 0
    ) {
        self.kind = kind
        self.distanceMeters = distanceMeters
        self.durationSeconds = durationSeconds
        self.title = title
        self.steps = steps
        self.warmUpSeconds = warmUpSeconds
        self.coolDownSeconds = coolDownSeconds
    }
}
