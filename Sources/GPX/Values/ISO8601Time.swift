public import Foundation
import RunModel

/// Reads and writes the ISO 8601 times of GPX and TCX files by hand, far faster than a
/// DateFormatter: `2019-03-02T07:12:05Z`, `…05.123Z`, `…05+02:00`, `…05-0500`; no zone means UTC.
public enum ISO8601Time {
    /// The instant the bytes spell (XML whitespace around it allowed), or nil if they are not a time.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? { parseStamp(bytes)?.date }

    /// The instant the bytes spell and the UTC offset they were written with: nil for `Z`, no zone,
    /// or `+00:00` (which tools write for UTC as often as for a local time at Greenwich).
    static func parseStamp(_ bytes: UnsafeBufferPointer<UInt8>) -> (date: Date, utcOffsetSeconds: Int?)? {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] <= 0x20 { start += 1 }
        while end > start, bytes[end - 1] <= 0x20 { end -= 1 }
        var cursor = Cursor(bytes: bytes, index: start, end: end)
        guard let year = cursor.number(digits: 4), cursor.skip("-"),
            let month = cursor.number(digits: 2), cursor.skip("-"),
            let day = cursor.number(digits: 2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var seconds = CalendarDay.daysSinceEpoch(year: year, month: month, day: day) * 86_400
        var fraction = 0.0
        var writtenOffset: Int?
        if !cursor.atEnd {
            guard cursor.skip("T") || cursor.skip("t") || cursor.skip(" "),
                let hour = cursor.number(digits: 2), cursor.skip(":"),
                let minute = cursor.number(digits: 2),
                hour <= 24, minute <= 59
            else { return nil }
            var second = 0
            if cursor.skip(":") {
                guard let value = cursor.number(digits: 2), value <= 60 else { return nil }
                second = value
                if cursor.skip(".") || cursor.skip(",") {
                    guard let value = cursor.fraction() else { return nil }
                    fraction = value
                }
            }
            seconds += hour * 3600 + minute * 60 + second
            if !cursor.atEnd {
                if cursor.skip("Z") || cursor.skip("z") {
                } else {
                    let sign: Int
                    if cursor.skip("+") { sign = 1 } else if cursor.skip("-") { sign = -1 } else { return nil }
                    guard let offsetHours = cursor.number(digits: 2), offsetHours <= 23 else { return nil }
                    var offsetMinutes = 0
                    if !cursor.atEnd {
                        _ = cursor.skip(":")
                        guard let value = cursor.number(digits: 2), value <= 59 else { return nil }
                        offsetMinutes = value
                    }
                    let offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
                    seconds -= offset
                    writtenOffset = offset == 0 ? nil : offset
                }
            }
        }
        guard cursor.atEnd else { return nil }
        // Relative to 2001 keeps microseconds exact in a Double for centuries around now.
        return (Date(timeIntervalSinceReferenceDate: Double(seconds - 978_307_200) + fraction), writtenOffset)
    }

    /// Test and tool entry point for `parse` over a String.
    public static func date(from text: String) -> Date? {
        Array(text.utf8).withUnsafeBufferPointer { parse($0) }
    }

    /// The UTC offset `text` was written with (nil for `Z`, no zone or `+00:00`), as `parseStamp` reads it.
    public static func utcOffset(from text: String) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { parseStamp($0)?.utcOffsetSeconds }
    }

    /// `2019-03-02T07:12:05Z`, with the fraction (to microseconds, trailing zeros dropped) only when non-zero.
    public static func string(from date: Date) -> String {
        let interval = date.timeIntervalSinceReferenceDate
        var whole = interval.rounded(.down)
        var micros = Int(((interval - whole) * 1_000_000).rounded())
        if micros >= 1_000_000 {
            whole += 1
            micros -= 1_000_000
        }
        let unix = Int(whole) + 978_307_200
        let days = unix >= 0 ? unix / 86_400 : (unix - 86_399) / 86_400
        let secondOfDay = unix - days * 86_400
        let (year, month, day) = CalendarDay(daysSinceEpoch: days).components
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
        text += pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
        if micros != 0 {
            var fraction = pad(micros, 6)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text + "Z"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// A forward-only reader over the time's bytes.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index: Int
        let end: Int

        var atEnd: Bool { index >= end }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard index < end, bytes[index] == UInt8(ascii: character) else { return false }
            index += 1
            return true
        }

        mutating func number(digits: Int) -> Int? {
            guard end - index >= digits else { return nil }
            var value = 0
            for _ in 0..<digits {
                let byte = bytes[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
                index += 1
            }
            return value
        }

        /// Fractional digits after the decimal sign, as a fraction of a second (beyond nanoseconds ignored).
        mutating func fraction() -> Double? {
            var value = 0
            var scale = 1
            var count = 0
            while index < end, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                if count < 9 {
                    value = value * 10 + Int(bytes[index] - 0x30)
                    scale *= 10
                }
                count += 1
                index += 1
            }
            return count > 0 ? Double(value) / Double(scale) : nil
        }
    }
}
