import ArgumentParser
import Foundation
import Render
import RunModel
import TrainingLog
import UseCases

/// `runramp runs [--since DATE] [--json | --format csv]`: one line per run in the log, its id first, under a
/// header; the runs of the current week are marked.
struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List the runs in the training log: date, sport, distance, time, pace, heart rate."
    )

    @Option(help: ArgumentHelp("Only runs on or after this day (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @OptionGroup var today: TodayOption

    @OptionGroup var units: UnitOption

    @OptionGroup var format: TableFormatOptions

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let unit = try units.unit()
        var sinceDate: Date?
        if let since {
            let day = try SharedOption.day(since, option: "--since")
            // Local days vary by up to 14 h from UTC; filter precisely below on the local day.
            sinceDate = day.startDate.addingTimeInterval(-14 * 3_600)
        }
        let log = try database.open(.readOnly)
        let sinceDay = since.flatMap(CalendarDay.init)
        let runs = try log.runs(since: sinceDate).noted().filter { run in
            sinceDay.map { run.localDay >= $0 } ?? true
        }
        let excluded = try log.excludedRunIDs(since: sinceDate)
        switch format.kind {
        case .json:
            // Summaries with their figures (docs/run-figures.md); the samples themselves are left out.
            let measured = try LogFigures.read(log, today: try today.day())
            let listing = runs.map {
                RunWithFigures(run: $0, figures: measured.figures[$0.id], anchors: measured.anchors)
            }
            print(
                try JSONOutput.document(listing: listing, under: "runs", schema: .runs, omitting: ["samples"]),
                terminator: "")
            return
        case .csv:
            print(RunsCSV.render(runs, excluded: excluded), terminator: "")
            return
        case .text: break
        }
        // Ids short enough to read, long enough to tell every run of the log apart (for `edit ID`).
        let idLength = try ShortRunIDs.length(longest: try log.longestRunIDLength(), isDistinct: log.runIDsAreDistinct)
        let todayDay = try today.day()
        let thisMonday = todayDay.monday
        if !runs.isEmpty { print(Self.header(idLength: idLength)) }
        for run in runs {
            let mark =
                (excluded.contains(run.id) ? "  (excluded)" : "")
                + (run.localDay.monday == thisMonday ? "  (this week)" : "")
            print(String(run.id.prefix(idLength)) + "  " + Self.line(for: run, unit: unit) + mark)
        }
    }

    /// The column names above the runs, aligned with `line(for:unit:)`.
    static func header(idLength: Int) -> String {
        [
            pad("id", idLength), pad("day", 10), pad("sport", 9), pad("distance", 10, left: true),
            pad("time", 8, left: true), pad("pace", 10, left: true), pad("HR", 6), "start (local)",
        ].joined(separator: "  ")
    }

    static func line(for run: Run, unit: DistanceUnit) -> String {
        let day = run.localDay
        let distance = Distance(meters: run.distanceMeters).formatted(in: unit)
        let pace = Self.speedText(for: run, unit: unit)
        let heart = run.averageHeartRate.map { "HR \(Int(saturating: $0.rounded()))" } ?? ""
        return [
            day.description, pad(run.sport.rawValue, 9), pad(distance, 10, left: true),
            pad(RunModel.DurationText.clock(run.movingSeconds), 8, left: true), pad(pace, 10, left: true),
            pad(heart, 6),
            LocalStartText.text(for: run),
        ].joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }

    /// Pace ("5:02 /km") for the running sports, speed ("24.3 km/h", "15.1 mph") for rides, else nothing:
    /// a pace means little for a ride, a swim or a walk.
    static func speedText(for run: Run, unit: DistanceUnit) -> String {
        if run.sport.isRunning {
            return RunModel.DurationText.pace(seconds: run.movingSeconds, meters: run.distanceMeters, unit: unit)
        }
        guard run.sport == .cycling, run.movingSeconds > 0, run.distanceMeters > 0 else { return "" }
        let perHour = run.distanceMeters / unit.meters / (run.movingSeconds / 3_600)
        return String(format: "%.1f %@", perHour, unit == .miles ? "mph" : "km/h")
    }

    static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }
}
