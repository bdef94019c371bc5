import FIT
import Foundation
import RunModel

/// A JSON value for the inspect report whose objects keep their keys in the documented order
/// (JSONSerialization and JSONEncoder would sort or shuffle them).
indirect enum InspectJSON {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([InspectJSON])
    case object([(String, InspectJSON)])

    /// A number, or null when absent or not finite.
    static func number(_ value: Double?) -> InspectJSON {
        guard let value, value.isFinite else { return .null }
        return .number(value)
    }

    /// A count or heart rate: printed without a fraction when it has none, null when absent.
    static func wholeNumber(_ value: Double?) -> InspectJSON {
        guard let value, value.isFinite else { return .null }
        return value == value.rounded() && abs(value) < 1e15 ? .int(Int(value)) : .number(value)
    }

    /// Two-space indented, as Python's `json.dumps(indent=2)` writes the corpus's expected files.
    func rendered(indent: String = "") -> String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .number(let value): return value.isFinite ? "\(value)" : "null"
        case .string(let value): return Self.quoted(value)
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            let inner = indent + "  "
            return "[\n" + items.map { inner + $0.rendered(indent: inner) }.joined(separator: ",\n") + "\n" + indent
                + "]"
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            let inner = indent + "  "
            let lines = members.map { inner + Self.quoted($0.0) + ": " + $0.1.rendered(indent: inner) }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + indent + "}"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// ISO 8601 UTC text for FIT times, fractional seconds only when there are some.
enum ISOTime {
    static func string(fitSeconds: Double) -> String {
        // A corrupt file can put anything in a time field: keep the year within 0…9999.
        guard fitSeconds.isFinite, abs(fitSeconds) < 2.5e11 else { return "invalid time \(fitSeconds)" }
        let unix = fitSeconds + FITEpoch.unixOffset
        let whole = unix.rounded(.down)
        let fraction = unix - whole
        let seconds = Int64(whole)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (y, m, d) = CalendarDay(daysSinceEpoch: Int(days)).components
        var text = String(
            format: "%04d-%02d-%02dT%02lld:%02lld:%02lld", y, m, d, secondOfDay / 3600, secondOfDay / 60 % 60,
            secondOfDay % 60)
        if fraction > 0 {
            var digits = String(format: "%.6f", fraction).dropFirst(1)  // ".xxxxxx"
            while digits.hasSuffix("0") { digits = digits.dropLast() }
            if digits.count > 1 { text += digits }
        }
        return text + "Z"
    }
}
