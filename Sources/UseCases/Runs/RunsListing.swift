public import Foundation
import Render
public import RunModel
public import TrainingLog

/// `runramp runs`: the runs of the log as a text table, JSON or CSV, written a run at a time as the log gives them
/// (docs/log.md, "Large logs"), so a log of any size is listed in the memory of one run.
public struct RunsListing: Sendable {
    /// The three forms of the listing (docs/commands.md, docs/json-output.md, docs/csv-output.md).
    public enum Form: Sendable { case text, json, csv }

    public var form: Form
    /// Only runs on or after this local day (nil: all).
    public var since: CalendarDay?
    public var today: CalendarDay
    public var unit: DistanceUnit

    public init(form: Form, since: CalendarDay?, today: CalendarDay, unit: DistanceUnit) {
        self.form = form
        self.since = since
        self.today = today
        self.unit = unit
    }

    /// Lists the runs of `log`: `write` takes each piece of the output in order, `skipped` each damaged row left out.
    public func write(
        from log: LogDatabase, to write: (String) throws -> Void, skipped: (LogError) -> Void
    ) throws {
        // Local days vary by up to 14 h from UTC: read from 14 h before the day, filter precisely on the local day.
        let from = since.map { $0.startDate.addingTimeInterval(-14 * 3_600) }
        func listed(_ run: Run) -> Bool { since.map { run.localDay >= $0 } ?? true }
        switch form {
        case .json:
            // Summaries with their figures (docs/run-figures.md); the samples themselves are left out.
            var listing = try JSONOutput.ListingWriter<RunWithFigures>(
                under: "runs", schema: .runs, omitting: ["samples"])
            try LogFigures.eachRun(log, today: today, since: from) { run, figures, anchors in
                guard listed(run) else { return }
                try write(try listing.piece(for: RunWithFigures(run: run, figures: figures, anchors: anchors)))
            } skipped: {
                skipped($0)
            }
            try write(try listing.end())
        case .csv:
            let excluded = try log.excludedRunIDs(since: from)
            let lines = RunsCSV.Lines()
            try write(RunsCSV.headerLine)
            try log.eachRun(since: from) { run in
                if listed(run) { try write(lines.line(for: run, excluded: excluded.contains(run.id))) }
            } skipped: {
                skipped($0)
            }
        case .text:
            let excluded = try log.excludedRunIDs(since: from)
            // Ids short enough to read, long enough to tell every run of the log apart (for `edit ID`).
            let idLength = try RunsText.idLength(
                longest: try log.longestRunIDLength(), isDistinct: log.runIDsAreDistinct)
            var headed = false
            try log.eachRun(since: from) { run in
                guard listed(run) else { return }
                if !headed { try write(RunsText.header(idLength: idLength) + "\n") }
                headed = true
                try write(
                    RunsText.row(
                        for: run, excluded: excluded.contains(run.id), idLength: idLength, today: today, unit: unit)
                        + "\n")
            } skipped: {
                skipped($0)
            }
        }
    }
}
