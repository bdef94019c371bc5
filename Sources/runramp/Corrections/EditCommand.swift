import ArgumentParser
import Foundation
import Render
import RunModel
import TrainingLog

/// `runramp edit RUN_ID [--sport S] [--distance D] [--duration T] [--date D]`: corrects a run.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Correct a run: its sport, distance, moving time or day.",
        discussion: "Importing the run's file again keeps the correction. A new day keeps the run's time of day."
    )

    @OptionGroup var target: RunArgument

    @Option(
        help: ArgumentHelp("running, trail, treadmill, track, walking, cycling, swimming or other.", valueName: "sport")
    )
    var sport: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Distance with a unit: 5km, 3.1mi, 800m (a bare number is km).", valueName: "distance"))
    var distance: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Moving time: 31:20, 1:02:03, 45m or 1h05m (not a bare number).", valueName: "duration"))
    var duration: String?

    @Option(help: ArgumentHelp("The day the run was on, YYYY-MM-DD.", valueName: "date"))
    var date: String?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard sport != nil || distance != nil || duration != nil || date != nil else {
            throw OptionError("say what to change: --sport, --distance, --duration or --date")
        }
        _ = try parsedFields()
    }

    /// The new sport, distance, moving time and day, each nil when not given.
    func parsedFields() throws -> (sport: Sport?, meters: Double?, seconds: Double?, day: CalendarDay?) {
        var fields: (sport: Sport?, meters: Double?, seconds: Double?, day: CalendarDay?) = (nil, nil, nil, nil)
        if let sport {
            guard let known = Sport(rawValue: sport.lowercased()) else {
                throw OptionError(
                    "--sport \(sport): expected one of \(Sport.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            fields.sport = known
        }
        if let distance {
            // The same bounds as every other way into the log (PlausibleValues, docs/log.md).
            guard let parsed = Distance(parsing: distance, defaultUnit: .kilometers), parsed.meters > 0,
                PlausibleValues.distanceMeters.contains(parsed.meters)
            else { throw OptionError("--distance \(distance): expected a distance such as 5km, 3.1mi or 800m") }
            fields.meters = parsed.meters
        }
        if let duration {
            try SharedOption.refuseBareNumber(duration: duration)
            guard let seconds = DurationText.seconds(parsing: duration), seconds > 0,
                PlausibleValues.durationSeconds.contains(seconds)
            else {
                throw OptionError("--duration \(duration): expected a time such as 31:20 or 1:02:03")
            }
            fields.seconds = seconds
        }
        if let date {
            fields.day = try SharedOption.day(date, option: "--date")
        }
        return fields
    }

    func run() throws {
        let fields = try parsedFields()
        let log = try database.open()
        let id = try target.resolve(in: log)
        guard let stored = try log.run(id: id) else {
            throw OptionError("\(target.runID): no run has this id (see `runramp runs`)")
        }
        var start: Date?
        if let day = fields.day {
            // The same local time of day on the new day.
            let old = stored.localDay
            start = stored.start.addingTimeInterval(Double(old.days(to: day)) * 86_400)
        }
        try log.editRun(
            id: id,
            RunEdit(sport: fields.sport, distanceMeters: fields.meters, movingSeconds: fields.seconds, start: start))
        guard let edited = try log.run(id: id) else { return }
        print("Edited \(RunsText.line(for: edited, unit: .kilometers))")
    }
}
