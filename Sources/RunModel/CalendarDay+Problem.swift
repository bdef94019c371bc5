/// Why a text names no calendar day: the wrong shape, or a shape that is right for a day that does not exist
/// (`2026-11-31`), so that a message can say which (docs/errors.md).
public enum CalendarDayProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not YYYY-MM-DD at all.
    case notYearMonthDay
    /// YYYY-MM-DD with a month outside 1–12.
    case noSuchMonth(Int)
    /// YYYY-MM-DD with a day the month does not have.
    case noSuchDay(year: Int, month: Int, day: Int, daysInMonth: Int)
    /// A real day, but outside the days a run can fall on (`CalendarDay.plausibleDays`).
    case outsidePlausibleDays

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// "expected YYYY-MM-DD", "there is no month 13", "there is no 31 November 2026 (the month has 30 days)".
    public var description: String {
        switch self {
        case .notYearMonthDay: "expected YYYY-MM-DD"
        case .noSuchMonth(let month): "there is no month \(month) (expected YYYY-MM-DD)"
        case .noSuchDay(let year, let month, let day, let days):
            "there is no \(day) \(Self.monthNames[month - 1]) \(year) (the month has \(days) days)"
        case .outsidePlausibleDays:
            "expected a day between \(CalendarDay.plausibleDays.lowerBound) and \(CalendarDay.plausibleDays.upperBound)"
        }
    }
}

extension CalendarDay {
    /// Why `text` is not a day, or nil when `CalendarDay(text)` reads it.
    public static func problem(parsing text: String) -> CalendarDayProblem? {
        guard CalendarDay(text) == nil else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), year >= 0, day >= 0
        else { return .notYearMonthDay }
        guard (1...12).contains(month) else { return .noSuchMonth(month) }
        return .noSuchDay(year: year, month: month, day: day, daysInMonth: daysInMonth(year: year, month: month))
    }
}

extension CalendarDay {
    /// The days a command may take as today, a start or a date: 1900-01-01 to 2099-12-31, the days
    /// a run can start on (`PlausibleValues.startTime`). A plan or review from year 0 or 3026 is a typo.
    public static let plausibleDays =
        CalendarDay(
            daysSinceEpoch: Int(PlausibleValues.startTime.lowerBound / 86_400))...CalendarDay(
            daysSinceEpoch: Int(PlausibleValues.startTime.upperBound / 86_400) - 1)

    /// The day `text` names when it lies in `plausibleDays`; else why not (wrong shape, no such day,
    /// or outside those years).
    public static func plausible(_ text: String) -> Result<CalendarDay, CalendarDayProblem> {
        guard let day = CalendarDay(text) else { return .failure(problem(parsing: text) ?? .notYearMonthDay) }
        return plausibleDays.contains(day) ? .success(day) : .failure(.outsidePlausibleDays)
    }
}
