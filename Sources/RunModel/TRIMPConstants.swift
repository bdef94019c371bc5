/// The Banister TRIMP weighting constants: the common ones (Banister's for men, the default), or
/// the alternative a runner may choose (Banister's for women). Stored in the log by their names.
public enum TRIMPConstants: String, Sendable, Hashable, Codable, CaseIterable {
    /// 0.64 × e^(1.92 × HRr).
    case standard
    /// 0.86 × e^(1.67 × HRr).
    case alternative

    public var factor: Double { self == .standard ? 0.64 : 0.86 }
    public var exponent: Double { self == .standard ? 1.92 : 1.67 }
}
