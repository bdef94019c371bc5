public import RunModel

/// A day of the week, Monday first as in ISO 8601; raw values are the three-letter names the CLI accepts.
public enum Weekday: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case mon, tue, wed, thu, fri, sat, sun

    /// ISO weekday number: 1 = Monday … 7 = Sunday.
    public var number: Int {
        switch self {
        case .mon: 1
        case .tue: 2
        case .wed: 3
        case .thu: 4
        case .fri: 5
        case .sat: 6
        case .sun: 7
        }
    }

    /// The weekday with this ISO number (1 = Monday … 7 = Sunday), wrapping around for any integer.
    public init(number: Int) {
        let index = ((number - 1) % 7 + 7) % 7
        self = Weekday.allCases[index]
    }

    /// The weekday of a calendar day.
    public init(of day: CalendarDay) { self.init(number: day.isoWeekday) }

    /// Parses "mon", "Monday", "MON"… (the first three letters of an English weekday name); nil otherwise.
    public init?(parsing text: String) {
        let lower = String(text.filter { !$0.isWhitespace }).lowercased()
        guard lower.count >= 3, let day = Weekday(rawValue: String(lower.prefix(3))) else { return nil }
        let full =
            [
                "mon": "monday", "tue": "tuesday", "wed": "wednesday", "thu": "thursday", "fri": "friday",
                "sat": "saturday", "sun": "sunday",
            ][day.rawValue] ?? ""
        guard full.hasPrefix(lower) || lower == day.rawValue else { return nil }
        self = day
    }

    /// Short English name, "Mon" … "Sun".
    public var shortName: String {
        switch self {
        case .mon: "Mon"
        case .tue: "Tue"
        case .wed: "Wed"
        case .thu: "Thu"
        case .fri: "Fri"
        case .sat: "Sat"
        case .sun: "Sun"
        }
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.number < rhs.number }
}
