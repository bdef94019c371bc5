public import RunModel

/// A wall-clock date and time in some time zone, to the second (no zone attached).
public struct LocalDateTime: Sendable, Hashable, Comparable {
    public var day: CalendarDay
    /// Seconds since local midnight, 0..<86 400.
    public var secondOfDay: Int

    public init(day: CalendarDay, secondOfDay: Int) {
        let days = secondOfDay >= 0 ? secondOfDay / 86_400 : (secondOfDay - 86_399) / 86_400
        self.day = day.adding(days: days)
        self.secondOfDay = secondOfDay - days * 86_400
    }

    /// The wall-clock reading `seconds` after 1970-01-01T00:00:00 of the same clock.
    public init(secondsSinceEpoch seconds: Int64) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        self.day = CalendarDay(daysSinceEpoch: Int(days))
        self.secondOfDay = Int(seconds - days * 86_400)
    }

    /// Seconds since 1970-01-01T00:00:00 read on the same wall clock.
    public var secondsSinceEpoch: Int64 { Int64(day.daysSinceEpoch) * 86_400 + Int64(secondOfDay) }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }
}
