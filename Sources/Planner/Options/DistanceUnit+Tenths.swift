public import RunModel

/// The planner's rounding (docs/planning-rules.md, "Distribution"): every planned distance is floored to 0.1 of the display unit, so rounding never breaks a cap.
extension DistanceUnit {
    /// Metres in one unit (the planner's name for `meters`).
    public var metersPerUnit: Double { meters }

    /// Metres in one tenth of the unit, the planner's rounding step.
    public var metersPerTenth: Double { meters / 10 }

    /// The most tenths a distance is counted as (a hundred million kilometres): larger values from a damaged log
    /// are clamped rather than trapping in the conversion to `Int`.
    static let maximumTenths = 1_000_000_000_000.0

    /// Whole tenths of the unit in `meters`, rounded down (with a tolerance for binary floating point).
    public func floorTenths(_ meters: Double) -> Int {
        guard meters.isFinite, meters > 0 else { return 0 }
        return Int(min((meters / metersPerTenth + 1e-7).rounded(.down), DistanceUnit.maximumTenths))
    }

    /// Whole tenths of the unit in `meters`, rounded up (with a tolerance for binary floating point).
    func ceilTenths(_ meters: Double) -> Int {
        guard meters.isFinite, meters > 0 else { return 0 }
        return Int(min((meters / metersPerTenth - 1e-7).rounded(.up), DistanceUnit.maximumTenths))
    }

    /// Metres in `tenths` tenths of the unit.
    public func meters(tenths: Int) -> Double { Double(tenths) * metersPerTenth }

    /// The distance floored to a tenth, with the unit: "9.6 km", "0.0 mi".
    public func format(_ meters: Double) -> String { "\(formatNumber(meters)) \(symbol)" }

    /// The distance floored to a tenth, without the unit: "9.6" (the display rule of every command, `Distance`'s).
    public func formatNumber(_ meters: Double) -> String {
        Distance(meters: meters).formattedNumber(in: self, decimals: 1)
    }
}
