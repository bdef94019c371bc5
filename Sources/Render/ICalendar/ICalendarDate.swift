import Foundation
import RunModel
import ZoneInfo

/// Formats RFC 5545 DATE and DATE-TIME values.
enum ICalendarDate {
    /// DATE: `20261206`.
    static func date(_ day: CalendarDay) -> String {
        let (year, month, dayOfMonth) = day.components
        return pad(year, 4) + pad(month, 2) + pad(dayOfMonth, 2)
    }

    /// Local DATE-TIME (used with TZID): `20261206T070000`.
    static func dateTime(_ time: LocalDateTime) -> String {
        let hour = time.secondOfDay / 3_600
        let minute = time.secondOfDay / 60 % 60
        let second = time.secondOfDay % 60
        return date(time.day) + "T" + pad(hour, 2) + pad(minute, 2) + pad(second, 2)
    }

    /// UTC DATE-TIME: `20261206T060000Z`; fractions of a second are dropped.
    static func utc(_ instant: Date) -> String {
        let seconds = Int64(instant.timeIntervalSince1970.rounded(.down))
        return dateTime(LocalDateTime(secondsSinceEpoch: seconds)) + "Z"
    }

    /// UTC-OFFSET: `+0100`, `-0330`, `+053730` when seconds are needed.
    static func utcOffset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let text = sign + pad(magnitude / 3_600, 2) + pad(magnitude / 60 % 60, 2)
        return magnitude % 60 == 0 ? text : text + pad(magnitude % 60, 2)
    }

    /// DURATION of whole minutes, negative for "before": `-PT30M`, `PT0S`.
    static func duration(minutes: Int) -> String {
        if minutes == 0 { return "PT0S" }
        return (minutes < 0 ? "-" : "") + "PT\(abs(minutes))M"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
        return value < 0 ? "-" + padded : padded
    }
}
