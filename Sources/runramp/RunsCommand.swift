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
            let measured = try LogFigures.read(log, today: try today.day(), from: sinceDay?.adding(days: -1))
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
        let idLength = try RunsText.idLength(longest: try log.longestRunIDLength(), isDistinct: log.runIDsAreDistinct)
        print(
            RunsText.render(runs, excluded: excluded, idLength: idLength, today: try today.day(), unit: unit),
            terminator: "")
    }
}
