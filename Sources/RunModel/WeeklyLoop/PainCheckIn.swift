/// The runner's answer to "any back pain?", asked on every plan (docs/planning-rules.md, "Pain check-in").
public enum BackPain: String, Sendable, Hashable, Codable, CaseIterable {
    case none, mild, persistent
}

/// A warning sign reported with the pain check-in; each one pauses running or calls for urgent care.
public enum Symptom: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case radiatingPain = "radiating-pain"
    case numbness
    case tingling
    case weakness
    case bothLegs = "both-legs"
    case saddleNumbness = "saddle-numbness"
    case bladderBowel = "bladder-bowel"
    case worseningWeakness = "worsening-weakness"

    /// True for the red flags that call for urgent medical care rather than a pause.
    public var isUrgent: Bool {
        switch self {
        case .bothLegs, .saddleNumbness, .bladderBowel, .worseningWeakness: true
        case .radiatingPain, .numbness, .tingling, .weakness: false
        }
    }

    /// Plain-English description for advice texts.
    public var phrase: String {
        switch self {
        case .radiatingPain: "pain radiating into the leg"
        case .numbness: "numbness"
        case .tingling: "tingling"
        case .weakness: "leg weakness"
        case .bothLegs: "symptoms in both legs"
        case .saddleNumbness: "numbness around the groin or saddle area"
        case .bladderBowel: "new bladder or bowel problems"
        case .worseningWeakness: "rapidly worsening weakness"
        }
    }

    public static func < (lhs: Symptom, rhs: Symptom) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
