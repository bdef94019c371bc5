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
        let headerLine = String(text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }.prefix { $0 != "\n" && $0 != "\r" })
        let delimiter = delimiter(ofHeader: headerLine) ?? ","
        let table = CSVTable(text: text, delimiter: delimiter)
        guard let header = table.rows.first else { return [] }
        let names = header.fields.map {
            $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{FEFF}"))).lowercased()
        }
        guard let dateColumn = names.firstIndex(of: "date"), let distanceColumn = names.firstIndex(of: "distance"),
            let durationColumn = names.firstIndex(of: "duration")
        else { return [] }
        let sportColumn = names.firstIndex(of: "sport")
        return table.rows.dropFirst().map { row in
            func field(_ index: Int?) -> String? {
                guard let index, index < row.fields.count else { return nil }
                let value = row.fields[index].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            do throws(ImportError.Reason) {
                let entry = try ManualEntry(
                    date: field(dateColumn) ?? "",
                    distance: (delimiter == ";"
                        ? field(distanceColumn)?.replacingOccurrences(of: ",", with: ".") : field(distanceColumn))
                        ?? "",
                    duration: field(durationColumn) ?? "", sport: field(sportColumn), defaultUnit: defaultUnit)
                return Entry(line: row.line, result: .success(entry))
            } catch {
                return Entry(line: row.line, result: .failure(error))
            }
        }
    }
}
