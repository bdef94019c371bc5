import ArgumentParser
import UseCases

/// The iCalendar options of `runramp plan`: where to write the .ics file and how to time its events.
struct CalendarExportOptions: ParsableArguments {
    @Option(
        name: .customLong("ics"), help: ArgumentHelp("Also write the plan as an iCalendar file.", valueName: "file"))
    var icsPath: String?

    @Option(
        name: .customLong("at"),
        help: ArgumentHelp("Timed events starting at this local time instead of all-day events.", valueName: "HH:MM"))
    var startTime: String?

    @Option(
        name: .customLong("tz"),
        help: ArgumentHelp("Time zone of --at (default: the system's zone).", valueName: "Area/City"))
    var timeZone: String?

    // Unconditional so that "--remind -5" reaches the validation message instead of "missing value".
    @Option(
        name: .customLong("remind"), parsing: .unconditional,
        help: ArgumentHelp("Add a reminder this many minutes before each event (0–10080).", valueName: "minutes"))
    var remindMinutes: Int?

    func validate() throws { try settings.validate() }

    /// What the options ask of the export.
    var settings: CalendarExportSettings {
        CalendarExportSettings(icsPath: icsPath, startTime: startTime, timeZone: timeZone, remindMinutes: remindMinutes)
    }
}
