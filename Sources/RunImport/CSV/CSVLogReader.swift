import Foundation
public import RunModel

/// Reads a hand-kept training log in CSV: a header naming `date`, `distance`, `duration` and
/// optionally `sport` (any order, any case), then one run per row, e.g. `2026-11-20,5km,31:20,treadmill`.
public enum CSVLogReader {
    /// One row of a CSV log: the run it describes, or why it could not be read.
    public struct Entry: Sendable {
        public var line: Int
        public var result: Result<ManualEntry, ImportError.Reason>
    }

    /// True for a header line naming at least date, distance and duration.
    public static func looksLikeLog(headerLine: String) -> Bool {
        let names = Set(headerLine.lowercased().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        return names.isSuperset(of: ["date", "distance", "duration"])
    }

    /// Reads every row; distances without a unit are in `defaultUnit`.
    public static func read(_ text: String, defaultUnit: DistanceUnit = .kilometers) -> [Entry] {
        let table = CSVTable(text: text)
        guard let header = table.rows.first else { return [] }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
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
                    date: field(dateColumn) ?? "", distance: field(distanceColumn) ?? "",
                    duration: field(durationColumn) ?? "", sport: field(sportColumn), defaultUnit: defaultUnit)
                return Entry(line: row.line, result: .success(entry))
            } catch {
                return Entry(line: row.line, result: .failure(error))
            }
        }
    }
}
