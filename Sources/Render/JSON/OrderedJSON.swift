import Foundation

/// A JSON value whose objects keep their keys in the order given (JSONSerialization and JSONEncoder
/// would sort or shuffle them), for a report whose documented key order matters (`runramp inspect
/// --json`, which matches Python's `json.dumps(indent=2)`). The one hand-written JSON writer: every
/// other document goes through `JSONOutput` (JSONEncoder).
public indirect enum OrderedJSON: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([OrderedJSON])
    /// Keys and values, in the order written.
    case object([(String, OrderedJSON)])

    /// A number, or null when absent or not finite.
    public static func number(_ value: Double?) -> OrderedJSON {
        guard let value, value.isFinite else { return .null }
        return .number(value)
    }

    /// A count or heart rate: printed without a fraction when it has none, null when absent.
    public static func wholeNumber(_ value: Double?) -> OrderedJSON {
        guard let value, value.isFinite else { return .null }
        return value == value.rounded() && abs(value) < 1e15 ? .int(Int(value)) : .number(value)
    }

    /// Two-space indented, as Python's `json.dumps(indent=2)` writes the corpus's expected files.
    public func rendered(indent: String = "") -> String {
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
    public static func quoted(_ text: String) -> String {
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
