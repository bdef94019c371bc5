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
        let day = try today.day()
        func listed(_ run: Run) -> Bool { sinceDay.map { run.localDay >= $0 } ?? true }
        // Every format is written a run at a time as the log gives them (docs/log.md, "Large logs"):
        // a log of any size is listed in the memory of one run.
        switch format.kind {
        case .json:
            // Summaries with their figures (docs/run-figures.md); the samples themselves are left out.
            var listing = try JSONOutput.ListingWriter<RunWithFigures>(
                under: "runs", schema: .runs, omitting: ["samples"])
            try LogFigures.eachRun(log, today: day, since: sinceDate) { run, figures, anchors in
                guard listed(run) else { return }
                try Terminal.writeOutput(
                    try listing.piece(for: RunWithFigures(run: run, figures: figures, anchors: anchors)))
            } skipped: {
                StoredRuns.note(skipped: $0)
            }
            try Terminal.writeOutput(try listing.end())
        case .csv:
            let excluded = try log.excludedRunIDs(since: sinceDate)
            let lines = RunsCSV.Lines()
            try Terminal.writeOutput(RunsCSV.headerLine)
            try log.eachRun(since: sinceDate) { run in
                if listed(run) { try Terminal.writeOutput(lines.line(for: run, excluded: excluded.contains(run.id))) }
            } skipped: {
                StoredRuns.note(skipped: $0)
            }
        case .text:
            let excluded = try log.excludedRunIDs(since: sinceDate)
            // Ids short enough to read, long enough to tell every run of the log apart (for `edit ID`).
            let idLength = try RunsText.idLength(
                longest: try log.longestRunIDLength(), isDistinct: log.runIDsAreDistinct)
            var headed = false
            try log.eachRun(since: sinceDate) { run in
                guard listed(run) else { return }
                if !headed { try Terminal.writeOutput(RunsText.header(idLength: idLength) + "\n") }
                headed = true
                try Terminal.writeOutput(
                    RunsText.row(
                        for: run, excluded: excluded.contains(run.id), idLength: idLength, today: day, unit: unit)
                        + "\n")
            } skipped: {
                StoredRuns.note(skipped: $0)
            }
        }
    }
}
