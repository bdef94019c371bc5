import FIT
import Foundation

/// One JSON value for the inspect output (hand-written so that key order is the documented one).
enum JSONValue {
    case null
    case bool(Bool)
    case string(String)
    /// A number printed as Swift prints a Double (shortest round-trip form); nil prints null.
    case number(Double?)
    /// A number printed without a fraction when it has none; nil prints null.
    case integer(Double?)
    /// Already-encoded JSON.
    case raw(String)

    var text: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return JSONValue.quoted(s)
        case .number(let d?): return d.isFinite ? "\(d)" : "null"
        case .integer(let d?):
            guard d.isFinite else { return "null" }
            return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : "\(d)"
        case .number(nil), .integer(nil): return "null"
        case .raw(let s): return s
        }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Builds a JSON object whose keys keep the order they were added in.
struct JSONObjectWriter {
    private var members: [(String, JSONValue)] = []

    mutating func add(_ key: String, _ value: JSONValue) {
        members.append((key, value))
    }

    /// The object on one line (`indent` nil) or one member per line.
    func text(indent: String?) -> String {
        guard let indent else {
            return "{" + members.map { "\(JSONValue.quoted($0.0)): \($0.1.text)" }.joined(separator: ", ") + "}"
        }
        return "{\n" + members.map { "\(indent)\(JSONValue.quoted($0.0)): \($0.1.text)" }.joined(separator: ",\n") + "\n}"
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
        let (y, m, d) = civilDate(daysSinceUnixEpoch: days)
        var text = String(
            format: "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld", y, m, d, secondOfDay / 3600, secondOfDay / 60 % 60,
            secondOfDay % 60)
        if fraction > 0 {
            var digits = String(format: "%.6f", fraction).dropFirst(1)  // ".xxxxxx"
            while digits.hasSuffix("0") { digits = digits.dropLast() }
            if digits.count > 1 { text += digits }
        }
        return text + "Z"
    }

    /// Gregorian date of a day count (Howard Hinnant's days-to-civil algorithm).
    private static func civilDate(daysSinceUnixEpoch days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
