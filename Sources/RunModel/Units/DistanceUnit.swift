/// The unit a runner reads distances and paces in.
public enum DistanceUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case kilometers = "km"
    case miles = "mi"

    /// Metres in one unit.
    public var meters: Double {
        switch self {
        case .kilometers: 1_000
        case .miles: 1_609.344
        }
    }

    /// The short symbol: "km" or "mi".
    public var symbol: String { rawValue }
}
