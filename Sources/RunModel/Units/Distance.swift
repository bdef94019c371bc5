import Foundation

/// A distance, stored in metres, with kilometre/mile views, parsing ("5km", "3.1 mi", "800m") and formatting.
public struct Distance: Sendable, Hashable, Comparable, Codable {
    public var meters: Double

    public init(meters: Double) { self.meters = meters }
    public static func kilometers(_ value: Double) -> Distance { Distance(meters: value * 1_000) }
    public static func miles(_ value: Double) -> Distance { Distance(meters: value * DistanceUnit.miles.meters) }

    public var kilometers: Double { meters / 1_000 }
    public var miles: Double { meters / DistanceUnit.miles.meters }

    /// The value in `unit`.
    public func value(in unit: DistanceUnit) -> Double { meters / unit.meters }

    /// Parses a number with a unit: "5km", "5 km", "10k", "3.1mi", "800m", "26.2 miles"; a bare
    /// number is read in `defaultUnit`. Nil for anything else or a negative/non-finite value.
    public init?(parsing text: String, defaultUnit: DistanceUnit = .kilometers) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let numberEnd = trimmed.firstIndex { !($0.isNumber || $0 == ".") } ?? trimmed.endIndex
        guard let value = Double(trimmed[..<numberEnd]), value.isFinite, value >= 0 else { return nil }
        let unit = trimmed[numberEnd...].trimmingCharacters(in: .whitespaces)
        switch unit {
        case "": self.init(meters: value * defaultUnit.meters)
        case "km", "k", "kms", "kilometer", "kilometers", "kilometre", "kilometres": self = .kilometers(value)
        case "mi", "mile", "miles": self = .miles(value)
        case "m", "meter", "meters", "metre", "metres": self.init(meters: value)
        default: return nil
        }
    }

    /// "5.00 km" / "3.11 mi" with `decimals` digits.
    public func formatted(in unit: DistanceUnit, decimals: Int = 2) -> String {
        "\(formattedNumber(in: unit, decimals: decimals)) \(unit.symbol)"
    }

    /// The one display rule for distances in every command (docs/planning-rules.md, "Distribution"): cut,
    /// not rounded, to `decimals` digits, so that a week, a run and a plan show the same figure for the same
    /// metres ("16.7 mi" everywhere for 16.78 mi) and a shown distance is never more than was run or planned.
    /// A tolerance keeps binary floating point from cutting 0.3 to 0.2; nothing below 0 or unknown is shown as 0.
    public func formattedNumber(in unit: DistanceUnit, decimals: Int = 2) -> String {
        let places = min(max(0, decimals), 6)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let value = value(in: unit)
        let cut = value.isFinite && value > 0 ? (value * scale + 1e-7).rounded(.down) / scale : 0
        return String(format: "%.\(places)f", cut)
    }

    public static func < (lhs: Distance, rhs: Distance) -> Bool { lhs.meters < rhs.meters }
}
