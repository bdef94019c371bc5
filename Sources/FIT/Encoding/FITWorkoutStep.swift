/// One step of a FIT workout (`workout_step`), in the profile's units: how long it lasts, what to aim for,
/// how hard, and a note for the watch.
public struct FITWorkoutStep: Sendable, Hashable {
    /// When the step ends.
    public enum Duration: Sendable, Hashable {
        /// After this many milliseconds (`duration_type` time, `duration_time` in ms).
        case time(milliseconds: UInt32)
        /// After this many centimetres (`duration_type` distance, `duration_distance` in cm).
        case distance(centimeters: UInt32)
        /// When the runner presses lap.
        case open
        /// Repeat the steps from `fromStep` (a `message_index`) up to this one, `count` times in all
        /// (`repeat_until_steps_cmplt`, the count in `target_value`).
        case repeatSteps(fromStep: UInt16, count: UInt32)
    }

    /// What the watch guides towards during the step.
    public enum Target: Sendable, Hashable {
        case open
        /// A speed range in mm/s (m/s × 1000), slowest first.
        case speed(lowMillimetersPerSecond: UInt32, highMillimetersPerSecond: UInt32)
        /// A heart-rate range in beats per minute (written as bpm + 100, `target_value` 0).
        case heartRate(lowBPM: UInt32, highBPM: UInt32)
    }

    /// The step's `intensity`, by its profile value (`FITProfileValue.Intensity`).
    public struct Intensity: Sendable, Hashable, RawRepresentable {
        public var rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let active = Intensity(rawValue: FITProfileValue.Intensity.active)
        public static let rest = Intensity(rawValue: FITProfileValue.Intensity.rest)
        public static let warmup = Intensity(rawValue: FITProfileValue.Intensity.warmup)
        public static let cooldown = Intensity(rawValue: FITProfileValue.Intensity.cooldown)
        public static let recovery = Intensity(rawValue: FITProfileValue.Intensity.recovery)
    }

    /// Short name shown on the watch (`wkt_step_name`, at most 15 bytes are written).
    public var name: String
    public var duration: Duration
    public var target: Target
    /// Nil for a repeat step.
    public var intensity: Intensity?
    /// Details (drills, stretches) in `notes`, at most 127 bytes are written.
    public var notes: String?

    public init(name: String, duration: Duration, target: Target = .open, intensity: Intensity?, notes: String? = nil) {
        self.name = name
        self.duration = duration
        self.target = target
        self.intensity = intensity
        self.notes = notes
    }
}
