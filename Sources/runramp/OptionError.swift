import Foundation
import RunModel
import UseCases

/// A bad command-line value, reported as one line ("--weeks 13: expected 1 to 12") without the usage text.
///
/// Any command throws it (from `validate()` or `run()`); ArgumentParser prints it as one `Error:` line
/// with exit status 1, where a `ValidationError` would add the usage text and exit 64.
struct OptionError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}

/// Parsers for the options several commands share, so each reports a bad value the same way.
enum SharedOption {
    /// The day `--today` names, or the system's today when it is not given.
    static func today(_ text: String?) throws -> CalendarDay {
        guard let text else { return try SystemToday.day() }
        return try day(text, option: "--today")
    }

    /// The day `text` names; else one line saying whether the shape is wrong, the day does not exist
    /// ("--today 2026-11-31: there is no 31 November 2026 (the month has 30 days)") or lies outside
    /// 1900–2099 (`CalendarDay.plausible`).
    static func day(_ text: String, option: String) throws -> CalendarDay {
        try RunEntryRefusal.day(text, option: option)
    }

    /// The unit `--units` names.
    static func unit(_ text: String) throws -> DistanceUnit {
        guard let unit = DistanceUnit(rawValue: text) else { throw OptionError("--units \(text): expected km or mi") }
        return unit
    }
}
