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
        String(format: "%.\(max(0, decimals))f %@", value(in: unit), unit.symbol)
    }

    public static func < (lhs: Distance, rhs: Distance) -> Bool { lhs.meters < rhs.meters }
}
