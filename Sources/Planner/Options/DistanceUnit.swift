/// The unit distances are shown in; the planner floors every planned distance to 0.1 of it (R7).
public enum DistanceUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case km, mi

    /// Metres in one unit.
    public var metersPerUnit: Double {
        switch self {
        case .km: 1000
        case .mi: 1609.344
        }
    }

    /// Metres in one tenth of the unit, the planner's rounding step.
    public var metersPerTenth: Double { metersPerUnit / 10 }

    /// Whole tenths of the unit in `meters`, rounded down (with a tolerance for binary floating point).
    public func floorTenths(_ meters: Double) -> Int {
        guard meters.isFinite, meters > 0 else { return 0 }
        return Int((meters / metersPerTenth + 1e-7).rounded(.down))
    }

    /// Metres in `tenths` tenths of the unit.
    public func meters(tenths: Int) -> Double { Double(tenths) * metersPerTenth }

    /// The distance floored to a tenth, with the unit: "9.6 km", "0.0 mi".
    public func format(_ meters: Double) -> String { "\(formatNumber(meters)) \(rawValue)" }

    /// The distance floored to a tenth, without the unit: "9.6".
    public func formatNumber(_ meters: Double) -> String {
        let tenths = floorTenths(meters)
        return "\(tenths / 10).\(tenths % 10)"
    }
}
