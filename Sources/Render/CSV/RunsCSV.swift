public import Foundation
public import RunModel

/// `runramp runs --format csv`: one row per run with the figures of `runs --json`, each column's unit in its
/// name (docs/csv-output.md).
public enum RunsCSV {
    /// The columns, in order.
    public static let header = [
        "id", "day", "start_utc", "utc_offset_seconds", "sport", "name", "distance_meters", "moving_seconds",
        "elapsed_seconds", "elevation_gain_meters", "elevation_loss_meters", "average_heart_rate_bpm",
        "max_heart_rate_bpm", "excluded",
    ]

    /// The CSV of `runs`; `excluded` names the runs kept in the log but not counted.
    public static func render(_ runs: [Run], excluded: Set<String>) -> String {
        let lines = Lines()
        return CSVDocument(
            header: header, rows: runs.map { lines.cells(for: $0, excluded: excluded.contains($0.id)) }
        ).render()
    }

    /// The header's line, its CRLF included.
    public static var headerLine: String { CSVDocument.headerLine(header) }

    /// Writes runs as lines of the CSV one at a time (`runs --format csv` streams the log through it).
    public struct Lines {
        let iso = ISO8601DateFormatter()

        public init() {
            iso.formatOptions = [.withInternetDateTime]
        }

        /// One run's line, its CRLF included.
        public func line(for run: Run, excluded: Bool) -> String {
            CSVDocument.line(cells(for: run, excluded: excluded))
        }

        func cells(for run: Run, excluded: Bool) -> [CSVDocument.Cell] {
            [
                .text(run.id),
                .text(run.localDay.description),
                .text(iso.string(from: run.start)), run.utcOffsetSeconds.map(CSVDocument.Cell.integer) ?? .empty,
                .text(run.sport.rawValue), run.name.map(CSVDocument.Cell.text) ?? .empty,
                .number(run.distanceMeters),
                .number(run.movingSeconds), .number(run.elapsedSeconds), optional(run.elevationGainMeters),
                optional(run.elevationLossMeters), optional(run.averageHeartRate), optional(run.maxHeartRate),
                .flag(excluded),
            ]
        }
    }

    static func optional(_ value: Double?) -> CSVDocument.Cell { value.map(CSVDocument.Cell.number) ?? .empty }
}
