import ArgumentParser
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
        let sinceDay = try since.map { try SharedOption.day($0, option: "--since") }
        let form: RunsListing.Form =
            switch format.kind {
            case .text: .text
            case .json: .json
            case .csv: .csv
            }
        let listing = RunsListing(form: form, since: sinceDay, today: try today.day(), unit: unit)
        try listing.write(from: try database.open(.readOnly), to: Terminal.writeOutput, skipped: StoredRuns.note)
    }
}
