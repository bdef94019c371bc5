public import RunModel

/// The POSIX TZ string in a TZif footer (e.g. `CET-1CEST,M3.5.0,M10.5.0/3`): the zone's rule
/// after its last explicit transition.
public struct POSIXTimeZoneRule: Sendable, Hashable {
    /// A day of the year in one of the three POSIX forms.
    public enum DayRule: Sendable, Hashable {
        /// `Jn`: day 1…365, February 29 never counted.
        case julianNoLeap(Int)
        /// `n`: day 0…365, February 29 counted.
        case zeroBased(Int)
        /// `Mm.w.d`: weekday d (0 = Sunday) of week w (5 = last) of month m.
        case monthWeekDay(month: Int, week: Int, weekday: Int)
    }

    /// When daylight saving starts and ends; times are local wall-clock seconds after midnight.
    public struct DaylightRule: Sendable, Hashable {
        public var daylight: LocalTimeType
        public var start: DayRule
        public var startSecond: Int
        public var end: DayRule
        public var endSecond: Int
    }

    public var standard: LocalTimeType
    public var daylightRule: DaylightRule?

    /// Parses a TZ string; nil when it is not one this parser understands.
    public init?(_ text: String) {
        var scanner = Scanner(Array(text.utf8))
        guard let standardName = scanner.name(), let standardOffset = scanner.offset() else { return nil }
        standard = LocalTimeType(utcOffsetSeconds: -standardOffset, isDaylightSaving: false, abbreviation: standardName)
        if scanner.isAtEnd {
            daylightRule = nil
            return
        }
        guard let daylightName = scanner.name() else { return nil }
        let daylightOffset: Int? = scanner.peek(",") ? standardOffset - 3_600 : scanner.offset()
        guard let daylightOffset, scanner.take(","), let start = scanner.dayRule() else { return nil }
        let startSecond = scanner.take("/") ? scanner.offset() : 7_200
        guard let startSecond, scanner.take(","), let end = scanner.dayRule() else { return nil }
        let endSecond = scanner.take("/") ? scanner.offset() : 7_200
        guard let endSecond, scanner.isAtEnd else { return nil }
        daylightRule = DaylightRule(
            daylight: LocalTimeType(
                utcOffsetSeconds: -daylightOffset, isDaylightSaving: true, abbreviation: daylightName),
            start: start, startSecond: startSecond, end: end, endSecond: endSecond
        )
    }

    /// The two transitions of `year` (none without daylight saving), in time order.
    public func transitions(inYear year: Int) -> [ZoneTransition] {
        guard let rule = daylightRule else { return [] }
        let startLocal = Int64(Self.day(rule.start, year: year).daysSinceEpoch) * 86_400 + Int64(rule.startSecond)
        let endLocal = Int64(Self.day(rule.end, year: year).daysSinceEpoch) * 86_400 + Int64(rule.endSecond)
        let toDaylight = ZoneTransition(
            instant: startLocal - Int64(standard.utcOffsetSeconds), from: standard, to: rule.daylight)
        let toStandard = ZoneTransition(
            instant: endLocal - Int64(rule.daylight.utcOffsetSeconds), from: rule.daylight, to: standard)
        return [toDaylight, toStandard].sorted { $0.instant < $1.instant }
    }

    static func day(_ rule: DayRule, year: Int) -> CalendarDay {
        let january1 = CalendarDay(daysSinceEpoch: CalendarDay(year: year, month: 1, day: 1)?.daysSinceEpoch ?? 0)
        switch rule {
        case .zeroBased(let n):
            return january1.adding(days: n)
        case .julianNoLeap(let n):
            return january1.adding(days: n - 1 + (CalendarDay.isLeapYear(year) && n >= 60 ? 1 : 0))
        case .monthWeekDay(let month, let week, let weekday):
            guard let first = CalendarDay(year: year, month: month, day: 1) else { return january1 }
            let firstWeekday = first.isoWeekday % 7  // 0 = Sunday
            var day = first.adding(days: (weekday - firstWeekday + 7) % 7 + (week - 1) * 7)
            while day.components.month != month { day = day.adding(days: -7) }
            return day
        }
    }
}

/// A cursor over the bytes of a TZ string.
private struct Scanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { index == bytes.count }

    func peek(_ character: Character) -> Bool { index < bytes.count && bytes[index] == character.asciiValue }

    mutating func take(_ character: Character) -> Bool {
        guard peek(character) else { return false }
        index += 1
        return true
    }

    /// `CET` or `<+0530>`: at least three characters.
    mutating func name() -> String? {
        var name: [UInt8] = []
        if take("<") {
            while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
                name.append(bytes[index])
                index += 1
            }
            guard take(">") else { return nil }
        } else {
            while index < bytes.count, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[index] & 0xDF) {
                name.append(bytes[index])
                index += 1
            }
        }
        return name.count >= 3 ? String(decoding: name, as: UTF8.self) : nil
    }

    /// `[+-]hh[:mm[:ss]]` in seconds (hours up to 167, as RFC 8536 allows).
    mutating func offset() -> Int? {
        let sign = take("-") ? -1 : (take("+") ? 1 : 1)
        guard let hours = number(), hours <= 167 else { return nil }
        var seconds = hours * 3_600
        if take(":") {
            guard let minutes = number(), minutes < 60 else { return nil }
            seconds += minutes * 60
            if take(":") {
                guard let secs = number(), secs < 60 else { return nil }
                seconds += secs
            }
        }
        return sign * seconds
    }

    mutating func dayRule() -> POSIXTimeZoneRule.DayRule? {
        if take("J") {
            guard let n = number(), (1...365).contains(n) else { return nil }
            return .julianNoLeap(n)
        }
        if take("M") {
            guard let month = number(), (1...12).contains(month), take("."),
                let week = number(), (1...5).contains(week), take("."),
                let weekday = number(), (0...6).contains(weekday)
            else { return nil }
            return .monthWeekDay(month: month, week: week, weekday: weekday)
        }
        guard let n = number(), (0...365).contains(n) else { return nil }
        return .zeroBased(n)
    }

    mutating func number() -> Int? {
        var value = 0
        var digits = 0
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]), digits < 4 {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
            digits += 1
        }
        return digits > 0 ? value : nil
    }
}
