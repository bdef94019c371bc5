import Foundation
public import RunModel

/// Reads a hand-kept training log in CSV: a header naming `date`, `distance`, `duration` and
/// optionally `sport` (any order, any case), then one run per row, e.g. `2026-11-20,5km,31:20,treadmill`.
/// A European spreadsheet's export separates fields with `;` and writes decimal commas
/// (`2026-11-20;5,2;31:20`): the header's separator decides, and a distance's comma is its decimal point.
public enum CSVLogReader {
    /// One row of a CSV log: the run it describes, or why it could not be read.
    public struct Entry: Sendable {
        public var line: Int
        public var result: Result<ManualEntry, ImportError.Reason>
    }

    /// True for a header line naming at least date, distance and duration.
    public static func looksLikeLog(headerLine: String) -> Bool {
        delimiter(ofHeader: headerLine) != nil
    }

    /// The separator ("," or ";") with which the header names date, distance and duration; nil for neither.
    static func delimiter(ofHeader headerLine: String) -> UnicodeScalar? {
        for delimiter: UnicodeScalar in [",", ";"] {
            let names = headerLine.lowercased().split(separator: Character(delimiter)).map {
                $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\"")))
            }
            if Set(names).isSuperset(of: ["date", "distance", "duration"]) { return delimiter }
        }
        return nil
    }

    /// Reads every row; distances without a unit are in `defaultUnit`.
    public static func read(_ text: String, defaultUnit: DistanceUnit = .kilometers) -> [Entry] {
        Array(rows(text, defaultUnit: defaultUnit))
    }

    /// The rows of `text`, each read when the sequence reaches it: an import records a long log
    /// batch by batch without ever holding its rows.
    static func rows(_ text: String, defaultUnit: DistanceUnit = .kilometers) -> Rows {
        Rows(text: text, defaultUnit: defaultUnit)
    }

    /// A CSV log's rows, read as they are iterated.
    struct Rows: Sequence, Sendable {
        let text: String
        let defaultUnit: DistanceUnit

        func makeIterator() -> Iterator { Iterator(text: text, defaultUnit: defaultUnit) }

        /// Reads the header when made, then one row per `next()`.
        struct Iterator: IteratorProtocol {
            private var table: CSVTable.Iterator
            private let delimiter: UnicodeScalar
            private let defaultUnit: DistanceUnit
            /// The date, distance, duration and sport columns; nil when the header lacks one (no rows then).
            private var columns: (date: Int, distance: Int, duration: Int, sport: Int?)?

            init(text: String, defaultUnit: DistanceUnit) {
                let headerLine = String(
                    text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }.prefix { $0 != "\n" && $0 != "\r" })
                delimiter = CSVLogReader.delimiter(ofHeader: headerLine) ?? ","
                self.defaultUnit = defaultUnit
                table = CSVTable(text: text, delimiter: delimiter).makeIterator()
                guard let header = table.next() else { return }
                let names = header.fields.map {
                    $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{FEFF}"))).lowercased()
                }
                guard let date = names.firstIndex(of: "date"), let distance = names.firstIndex(of: "distance"),
                    let duration = names.firstIndex(of: "duration")
                else { return }
                columns = (date, distance, duration, names.firstIndex(of: "sport"))
            }

            mutating func next() -> Entry? {
                guard let columns, let row = table.next() else { return nil }
                func field(_ index: Int?) -> String? {
                    guard let index, index < row.fields.count else { return nil }
                    let value = row.fields[index].trimmingCharacters(in: .whitespaces)
                    return value.isEmpty ? nil : value
                }
                do throws(ImportError.Reason) {
                    let entry = try ManualEntry(
                        date: field(columns.date) ?? "",
                        distance: (delimiter == ";"
                            ? field(columns.distance)?.replacingOccurrences(of: ",", with: ".")
                            : field(columns.distance)) ?? "",
                        duration: field(columns.duration) ?? "", sport: field(columns.sport), defaultUnit: defaultUnit)
                    return Entry(line: row.line, result: .success(entry))
                } catch {
                    return Entry(line: row.line, result: .failure(error))
                }
            }
        }
    }
}
