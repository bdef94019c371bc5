/// One answer to "how does your back feel?" on a day: the pain level, the warning signs, and
/// whether a doctor or physiotherapist has seen and cleared the runner.
public struct CheckIn: Sendable, Hashable, Codable {
    public var day: CalendarDay
    public var backPain: BackPain
    public var symptoms: Set<Symptom>
    /// Seen and cleared by a professional: lifts a pause at once.
    public var isCleared: Bool

    public init(day: CalendarDay, backPain: BackPain, symptoms: Set<Symptom> = [], isCleared: Bool = false) {
        self.day = day
        self.backPain = backPain
        self.symptoms = symptoms
        self.isCleared = isCleared
    }

    /// True when the check-in stops running: persistent pain or any warning sign.
    public var pausesRunning: Bool { backPain == .persistent || !symptoms.isEmpty }
    /// True when the check-in calls for urgent care.
    public var isUrgent: Bool { symptoms.contains(where: \.isUrgent) }
    /// True when the runner reports no pain and no warning sign.
    public var isPainFree: Bool { backPain == .none && symptoms.isEmpty }

    enum CodingKeys: String, CodingKey { case day, backPain, symptoms, isCleared }

    /// The symptoms in their sorted order, so that the same check-in always encodes to the same text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(day, forKey: .day)
        try container.encode(backPain, forKey: .backPain)
        try container.encode(symptoms.sorted(), forKey: .symptoms)
        try container.encode(isCleared, forKey: .isCleared)
    }
}
