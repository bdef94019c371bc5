public import RunModel

/// `runramp weeks` on a terminal: a header and one line per week with its bar, distance, runs and
/// longest run. The distance is shown as the plan shows a week's distance (one decimal in the unit).
public enum WeeksText {
    /// The column names above the weeks, aligned with `line(for:scale:unit:)`.
    public static let header = [
        pad("week of", 10), String(repeating: " ", count: TextBarChart.width), pad("distance", 9, left: true),
        pad("runs", 6), "longest",
    ].joined(separator: "  ")

    /// The table: the header, then each week (the current one marked "this week so far"), one per line.
    public static func render(_ weeks: [WeekSummary], today: CalendarDay, unit: DistanceUnit) -> String {
        let longest = weeks.map(\.distanceMeters).max() ?? 0
        let lines = weeks.map { week in
            line(for: week, scale: longest, unit: unit) + (week.start == today.monday ? "  (this week so far)" : "")
        }
        return ([header] + lines).map { $0 + "\n" }.joined()
    }

    /// One week's line; `scale` is the distance of the longest bar.
    public static func line(for week: WeekSummary, scale: Double, unit: DistanceUnit) -> String {
        let bar = TextBarChart.bar(week.distanceMeters, scale: scale)
        let distance = pad(Distance(meters: week.distanceMeters).formatted(in: unit, decimals: 1), 9, left: true)
        let runs = week.runCount == 1 ? "1 run " : "\(week.runCount) runs"
        let longest =
            week.runCount > 0
            ? "  longest " + Distance(meters: week.longestRunMeters).formatted(in: unit, decimals: 1) : ""
        return "\(week.start)  \(bar)  \(distance)  \(runs)\(longest)"
    }

    /// `text` padded with spaces to `width` characters, on the right (or the left: right-aligned).
    public static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }
}
