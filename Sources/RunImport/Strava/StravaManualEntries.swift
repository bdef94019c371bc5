import Foundation
import RunModel

/// The rows of a Strava bulk export's activities.csv that have no file (activities typed in by hand:
/// a treadmill run, a race whose watch died), each read as a run from its date, distance, moving time
/// and type. The rows that have a file are imported from that file (see StravaActivity).
///
/// Columns are found by their English names. Since 2020 the export writes two blocks with the same
/// names: the first `Elapsed Time` (whole seconds) and `Distance` (kilometres, or miles for some
/// accounts), then `Elapsed Time`, `Moving Time` (seconds) and `Distance` in metres. The metres are
/// used when present; an older export with one `Distance` column has it in kilometres. `Activity Date`
/// is UTC, written "Aug 20, 2026, 1:15:23 PM" (older exports: "2019-04-06 07:12:34").
/// See docs/import-exports.md.
enum StravaManualEntries {
    /// One entry per manual row (fingerprinted on its own) and the rows that cannot be read, or nil
    /// when no row lacks a file.
    static func entries(csvText: String, path: String) -> (entries: [IncomingFile], failures: [ImportError])? {
        let table = CSVTable(text: csvText)
        guard let header = table.rows.first?.fields else { return nil }
        let columns = Columns(header: header)
        guard let fileColumn = columns.filename, let dateColumn = columns.date else { return nil }
        var entries: [IncomingFile] = []
        var failures: [ImportError] = []
        for row in table.rows.dropFirst() {
            func field(_ column: Int?) -> String? {
                guard let column, column < row.fields.count else { return nil }
                let text = row.fields[column].trimmingCharacters(in: .whitespacesAndNewlines)
                return text.isEmpty ? nil : text
            }
            guard field(fileColumn) == nil else { continue }
            let rowPath = "\(path):\(row.line)"
            do throws(ImportError.Reason) {
                let manual = try ManualRow(
                    id: field(columns.id), date: field(dateColumn), name: field(columns.name),
                    type: field(columns.type),
                    elapsed: field(columns.elapsed), moving: field(columns.moving),
                    distance: field(columns.distance), distanceIsMeters: columns.distanceIsMeters)
                entries.append(
                    IncomingFile(
                        path: rowPath, contentHash: manual.contentHash, content: .run(manual.run(path: rowPath))))
            } catch {
                failures.append(ImportError(error, path: rowPath))
            }
        }
        return entries.isEmpty && failures.isEmpty ? nil : (entries, failures)
    }

    /// Where the needed columns are in activities.csv's header.
    struct Columns {
        var id, date, name, type, filename, elapsed, moving, distance: Int?
        /// True when `distance` is the later, metres column.
        var distanceIsMeters = false

        init(header: [String]) {
            let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            func first(_ name: String) -> Int? { names.firstIndex(of: name) }
            id = first("activity id")
            date = first("activity date")
            name = first("activity name")
            type = first("activity type")
            filename = first("filename")
            elapsed = first("elapsed time")
            moving = first("moving time")
            let distances = names.indices.filter { names[$0] == "distance" }
            distance = distances.count >= 2 ? distances[1] : distances.first
            distanceIsMeters = distances.count >= 2
        }
    }

    /// One manual row, checked.
    struct ManualRow {
        var id: String?
        var start: Date
        var name: String?
        var typeText: String
        var sport: Sport
        var elapsedSeconds: Double
        var movingSeconds: Double
        var distanceMeters: Double

        init(
            id: String?, date: String?, name: String?, type: String?, elapsed: String?, moving: String?,
            distance: String?,
            distanceIsMeters: Bool
        ) throws(ImportError.Reason) {
            guard let date, let start = StravaDate.parse(date) else {
                throw .malformed(MalformedField(.stravaDate, date ?? "", .stravaDate))
            }
            self.id = id
            self.start = start
            self.name = name
            typeText = type ?? ""
            sport = type.flatMap(SportMapping.sport(named:)) ?? .other
            let elapsedValue = elapsed.flatMap(Self.number)
            guard let seconds = moving.flatMap(Self.number) ?? elapsedValue, seconds >= 0, seconds < 7 * 86_400 else {
                throw .malformed(MalformedField(.stravaMovingTime, moving ?? elapsed ?? "", .seconds))
            }
            movingSeconds = seconds
            elapsedSeconds = max(seconds, elapsedValue ?? seconds)
            guard let value = distance.map(Self.number) ?? 0, value >= 0, value < (distanceIsMeters ? 1_000_000 : 1_000)
            else {
                throw .malformed(
                    MalformedField(.stravaDistance, distance ?? "", distanceIsMeters ? .metres : .kilometres))
            }
            distanceMeters = distanceIsMeters ? value : value * 1_000
        }

        /// "1800", "1800.0", "9994.2" (Strava writes a dot for the decimals, whatever the language).
        static func number(_ text: String) -> Double? {
            guard let value = Double(text), value.isFinite else { return nil }
            return value
        }

        /// The activity's id and figures: re-exporting the same entry is recognised, an edited one is new.
        var contentHash: String {
            let key =
                "strava-manual|\(id ?? "")|\(start.timeIntervalSince1970)|\(distanceMeters)|\(movingSeconds)|\(typeText)"
            return ContentHash.sha256Hex(Array(key.utf8))
        }

        func run(path: String) -> Run {
            let hash = contentHash
            return Run(
                id: String(hash.prefix(16)),
                source: RunSource(path: path, format: .manual, contentHash: hash, device: "Strava (manual entry)"),
                name: name, sport: sport, start: start, elapsedSeconds: elapsedSeconds, movingSeconds: movingSeconds,
                distanceMeters: distanceMeters)
        }
    }
}

extension StravaManualEntries {
    /// What the import makes of a Strava export's activities.csv: its manual entries, or, when
    /// every activity has its file, a file that holds no activity of its own.
    static func outcome(_ file: CandidateFile, bytes: Data) -> FileReader.Outcome {
        guard let rows = entries(csvText: String(decoding: bytes, as: UTF8.self), path: file.path) else {
            return .notWorkoutFile(reason: .stravaActivityList)
        }
        return .read(rows.entries, failures: rows.failures)
    }
}
