public import Foundation
import RunModel

/// Reads the times of an Apple Health export: "2024-03-10 07:15:02 +0100" (local time and its offset).
public enum HealthDate {
    /// The instant and the offset in seconds, or nil when the text is not such a time.
    public static func parse(_ text: String) -> (date: Date, offsetSeconds: Int)? {
        let bytes = Array(text.utf8)
        // yyyy-MM-dd HH:mm:ss ±HHMM
        guard bytes.count == 25, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x20, bytes[13] == 0x3A,
            bytes[16] == 0x3A, bytes[19] == 0x20, bytes[20] == 0x2B || bytes[20] == 0x2D
        else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for byte in bytes[from..<from + count] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
            let minute = number(14, 2), let second = number(17, 2), let offsetHours = number(21, 2),
            let offsetMinutes = number(23, 2), (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60,
            second <= 60, offsetHours <= 14, offsetMinutes < 60
        else { return nil }
        let offset = (bytes[20] == 0x2D ? -1 : 1) * (offsetHours * 3_600 + offsetMinutes * 60)
        let local =
            CalendarDay.daysSinceEpoch(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60
            + second
        return (Date(timeIntervalSince1970: Double(local - offset)), offset)
    }
}
