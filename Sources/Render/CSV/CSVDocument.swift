public import Foundation

/// A table as RFC 4180 CSV for spreadsheets (`runs` and `weeks` with `--format csv`, docs/csv-output.md): a
/// header row, CRLF line ends, fields quoted when they hold a comma, a quote or a line break, numbers as the
/// JSON writes them (at most 12 significant digits, whole numbers without a fraction).
public struct CSVDocument: Sendable, Hashable {
    /// One cell: a number, a text, or nothing (an unknown value is an empty field, never 0).
    public enum Cell: Sendable, Hashable {
        case number(Double)
        case integer(Int)
        case text(String)
        case flag(Bool)
        case empty
    }

    public var header: [String]
    public var rows: [[Cell]]

    public init(header: [String], rows: [[Cell]]) {
        self.header = header
        self.rows = rows
    }

    /// The whole CSV text: the header's line, then each row's.
    public func render() -> String {
        Self.headerLine(header) + rows.map(Self.line).joined()
    }

    /// The header row's line, its CRLF included.
    public static func headerLine(_ header: [String]) -> String {
        header.map(field).joined(separator: ",") + "\r\n"
    }

    /// One row's line, its CRLF included: a listing of any length can be written a line at a time.
    public static func line(_ cells: [Cell]) -> String {
        cells.map(text(of:)).joined(separator: ",") + "\r\n"
    }

    static func text(of cell: Cell) -> String {
        switch cell {
        case .number(let value): return number(value)
        case .integer(let value): return "\(value)"
        case .flag(let value): return value ? "true" : "false"
        case .empty: return ""
        case .text(let value):
            // A text a spreadsheet would run as a formula (a run named "=HYPERLINK(…)") starts with a quote mark.
            let guarded = value.first.map { "=+-@\t\r".contains($0) } == true ? "'" + value : value
            return field(guarded)
        }
    }

    /// A field quoted as RFC 4180 asks: in double quotes, a quote doubled, when it holds `,`, `"`, CR or LF.
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// As the JSON writes a number: 12 significant digits, no fraction on a whole number.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return "\(Int(value))" }
        return String(format: "%.12g", value)
    }
}
