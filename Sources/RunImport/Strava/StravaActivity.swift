import Foundation

/// What a Strava bulk export's activities.csv says about one activity file.
struct StravaActivity: Sendable, Hashable {
    var name: String?
    var type: String?

    /// Reads activities.csv into a map from the file's absolute path to its name and type.
    /// The "Filename" column is relative to the export's root (e.g. "activities/123.gpx.gz").
    static func index(csvText: String, exportRoot: String) -> [String: StravaActivity] {
        let table = CSVTable(text: csvText)
        guard let header = table.rows.first?.fields else { return [:] }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let fileColumn = names.firstIndex(of: "filename") else { return [:] }
        let nameColumn = names.firstIndex(of: "activity name")
        let typeColumn = names.firstIndex(of: "activity type")
        var index: [String: StravaActivity] = [:]
        for row in table.rows.dropFirst() {
            func field(_ column: Int?) -> String? {
                guard let column, column < row.fields.count else { return nil }
                let text = row.fields[column].trimmingCharacters(in: .whitespacesAndNewlines)
                return text.isEmpty ? nil : text
            }
            guard let file = field(fileColumn) else { continue }
            let path = URL(fileURLWithPath: exportRoot).appendingPathComponent(file).standardizedFileURL.path
            index[path] = StravaActivity(name: field(nameColumn), type: field(typeColumn))
        }
        return index
    }
}
