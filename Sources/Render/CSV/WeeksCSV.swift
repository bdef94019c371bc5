public import RunModel

/// `runramp weeks --format csv`: one row per Monday-to-Sunday week with the figures of `weeks --json`, each
/// column's unit in its name, the current (partial) week marked (docs/csv-output.md).
public enum WeeksCSV {
    /// The columns, in order.
    public static let header = [
        "week_start", "distance_meters", "run_count", "longest_run_meters", "moving_seconds", "current_week",
    ]

    /// The CSV of `weeks`, oldest first; the week holding `today` is the current one.
    public static func render(_ weeks: [WeekSummary], today: CalendarDay) -> String {
        CSVDocument(
            header: header,
            rows: weeks.map { week in
                [
                    .text(week.start.description), .number(week.distanceMeters), .integer(week.runCount),
                    .number(week.longestRunMeters), .number(week.movingSeconds),
                    .flag(week.start <= today && today <= week.start.adding(days: 6)),
                ]
            }
        ).render()
    }
}
