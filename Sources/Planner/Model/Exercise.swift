/// One exercise of a warm-up, cool-down or back-care routine: sets of repetitions or of held seconds.
public struct Exercise: Sendable, Hashable, Codable {
    /// The exercises RunRamp prescribes (docs/planning-rules.md, "Sessions around the runs").
    public enum Name: String, Sendable, Hashable, Codable, CaseIterable {
        case legSwings, walkingLunges, highKnees, buttKicks, hamstringStretch
        case curlUp, birdDog, sidePlank, gluteBridge
    }

    /// Repetitions, or seconds held.
    public enum Dose: Sendable, Hashable, Codable {
        case repetitions(Int)
        case seconds(Int)

        // Named keys in JSON (`{"repetitions": {"count": 10}}`) instead of Swift's `_0`.
        enum RepetitionsCodingKeys: String, CodingKey { case _0 = "count" }
        enum SecondsCodingKeys: String, CodingKey { case _0 = "count" }
    }

    /// Whether the dose is for each leg or side.
    public enum Side: String, Sendable, Hashable, Codable {
        case both, perLeg, perSide
    }

    public var name: Name
    public var sets: Int
    public var dose: Dose
    public var side: Side

    public init(_ name: Name, sets: Int = 1, _ dose: Dose, side: Side = .both) {
        self.name = name
        self.sets = sets
        self.dose = dose
        self.side = side
    }
}
