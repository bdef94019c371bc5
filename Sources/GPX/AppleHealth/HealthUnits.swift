internal import Foundation

/// The units Apple Health writes beside its values, converted to the SI units runs are kept in.
enum HealthUnits {
    static func meters(_ value: Double, unit: String?) -> Double? {
        switch unit ?? "km" {
        case "km": value * 1_000
        case "m": value
        case "mi": value * 1_609.344
        case "yd": value * 0.9144
        case "ft": value * 0.3048
        case "cm": value / 100
        default: nil
        }
    }

    static func seconds(_ value: Double, unit: String?) -> Double? {
        switch unit ?? "min" {
        case "min": value * 60
        case "s", "sec": value
        case "hr", "h": value * 3_600
        case "ms": value / 1_000
        default: nil
        }
    }

    static func kilocalories(_ value: Double, unit: String?) -> Double? {
        switch unit ?? "kcal" {
        case "kcal", "Cal": value
        case "kJ": value / 4.184
        case "cal": value / 1_000
        default: nil
        }
    }

    /// "<<HKDevice: 0x2836f0>, name:Apple Watch, manufacturer:Apple Inc., …>" → "Apple Watch".
    static func deviceName(_ description: String) -> String? {
        guard let range = description.range(of: "name:") else { return nil }
        let name = description[range.upperBound...].prefix { $0 != "," && $0 != ">" }
        return name.isEmpty ? nil : String(name)
    }
}
