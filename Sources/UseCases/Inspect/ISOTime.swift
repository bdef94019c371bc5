import FIT
import Foundation
import RunModel

/// ISO 8601 UTC text for FIT times, fractional seconds only when there are some.
enum ISOTime {
    static func string(fitSeconds: Double) -> String {
        // A corrupt file can put anything in a time field: keep the year within 0…9999.
        guard fitSeconds.isFinite, abs(fitSeconds) < 2.5e11 else { return "invalid time \(fitSeconds)" }
        let unix = fitSeconds + FITEpoch.unixOffset
        let whole = unix.rounded(.down)
        let fraction = unix - whole
        let seconds = Int64(whole)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (y, m, d) = CalendarDay(daysSinceEpoch: Int(days)).components
        var text = String(
            format: "%04d-%02d-%02dT%02lld:%02lld:%02lld", y, m, d, secondOfDay / 3600, secondOfDay / 60 % 60,
            secondOfDay % 60)
        if fraction > 0 {
            var digits = String(format: "%.6f", fraction).dropFirst(1)  // ".xxxxxx"
            while digits.hasSuffix("0") { digits = digits.dropLast() }
            if digits.count > 1 { text += digits }
        }
        return text + "Z"
    }
}
