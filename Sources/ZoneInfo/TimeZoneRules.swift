import FilePaths
import Foundation
import RunModel

/// A zone's history of UTC offsets, read from the system's TZif data: what local time it is at
/// an instant, and when the offset changes.
public struct TimeZoneRules: Sendable, Hashable {
    /// The IANA name, e.g. "Europe/Berlin"; written as TZID.
    public var identifier: String
    /// The local time type before the first transition.
    public var initial: LocalTimeType
    /// Explicit transitions from the file, in time order.
    public var transitions: [ZoneTransition]
    /// The rule after the last explicit transition, from the file's footer.
    public var footer: POSIXTimeZoneRule?

    public init(identifier: String, initial: LocalTimeType, transitions: [ZoneTransition], footer: POSIXTimeZoneRule?) {
        self.identifier = identifier
        self.initial = initial
        self.transitions = transitions
        self.footer = footer
    }

    /// A zone that is always `utcOffsetSeconds` from UTC.
    public static func fixed(identifier: String, utcOffsetSeconds: Int, abbreviation: String) -> TimeZoneRules {
        let type = LocalTimeType(
            utcOffsetSeconds: utcOffsetSeconds, isDaylightSaving: false, abbreviation: abbreviation)
        return TimeZoneRules(identifier: identifier, initial: type, transitions: [], footer: nil)
    }

    /// Loads `identifier` ("Europe/Berlin") from `directory` (default `$TZDIR` or /usr/share/zoneinfo).
    /// Identifiers are checked to be a relative path of zone-name characters, so they cannot
    /// read files outside the directory.
    public static func load(identifier: String, directory: String) throws(ZoneInfoError) -> TimeZoneRules {
        let path = FilePath.join(directory, identifier)
        let components = identifier.split(separator: "/", omittingEmptySubsequences: false)
        let isWellFormed =
            !identifier.isEmpty && identifier.utf8.count <= 100
            && components.allSatisfy { component in
                !component.isEmpty && component != "." && component != ".."
                    && component.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_+-".contains($0)) }
            }
        guard isWellFormed, let data = FileManager.default.contents(atPath: path) else {
            throw ZoneInfoError(.unknownTimeZone(identifier), at: isWellFormed ? path : "--tz")
        }
        return try TZifReader.read([UInt8](data), identifier: identifier, path: path)
    }

    /// True when the zone never changes its offset and that offset is UTC: times are written as `…Z`.
    public var isUTC: Bool {
        initial.utcOffsetSeconds == 0 && transitions.allSatisfy { $0.to.utcOffsetSeconds == 0 }
            && (footer.map { $0.standard.utcOffsetSeconds == 0 && $0.daylightRule == nil } ?? true)
    }

    /// The local time type in force at `instant` (seconds since 1970 UTC).
    public func type(at instant: Int64) -> LocalTimeType {
        if let last = transitions.last, instant < last.instant {
            let next = transitions.firstIndex { $0.instant > instant } ?? transitions.count
            return next == 0 ? initial : transitions[next - 1].to
        }
        if let footer {
            let year = LocalDateTime(secondsSinceEpoch: instant).day.components.year
            let generated = (year - 1...year + 1).flatMap { footer.transitions(inYear: $0) }
                .filter { $0.instant <= instant && $0.instant > (transitions.last?.instant ?? .min) }
            if let latest = generated.last { return latest.to }
            if transitions.isEmpty { return footer.daylightRule == nil ? footer.standard : initial }
        }
        return transitions.last?.to ?? initial
    }

    /// Every offset change with `start <= instant <= end`, in time order, the footer's rule
    /// supplying those after the last explicit transition.
    public func transitions(from start: Int64, through end: Int64) -> [ZoneTransition] {
        var found = transitions.filter { $0.instant >= start && $0.instant <= end }
        if let footer, footer.daylightRule != nil {
            let lastExplicit = transitions.last?.instant ?? .min
            let firstYear = LocalDateTime(secondsSinceEpoch: max(start, lastExplicit == .min ? start : lastExplicit))
                .day.components.year
            let lastYear = LocalDateTime(secondsSinceEpoch: end).day.components.year
            if firstYear <= lastYear {
                found += (firstYear...lastYear).flatMap { footer.transitions(inYear: $0) }
                    .filter { $0.instant > lastExplicit && $0.instant >= start && $0.instant <= end }
            }
        }
        return found
    }

    /// The last transition at or before `instant`, if the zone had one.
    public func lastTransition(atOrBefore instant: Int64) -> ZoneTransition? {
        let searchStart = instant - 2 * 366 * 86_400
        if let generated = transitions(from: searchStart, through: instant).last { return generated }
        return transitions.last { $0.instant <= instant }
    }

    /// The instant a wall-clock time denotes. In a gap (spring forward) the offset before the gap
    /// applies, in an overlap (fall back) the first occurrence, as RFC 5545 §3.3.5 says.
    public func instant(of local: LocalDateTime) -> Int64 {
        let wall = local.secondsSinceEpoch
        let before = type(at: wall - 86_400 - 93_600).utcOffsetSeconds
        let after = type(at: wall + 86_400 + 93_600).utcOffsetSeconds
        let candidates = [wall - Int64(before), wall - Int64(after)].filter { candidate in
            Int64(type(at: candidate).utcOffsetSeconds) == wall - candidate
        }
        return candidates.min() ?? wall - Int64(before)
    }

    /// The wall-clock reading at `instant`.
    public func localTime(at instant: Int64) -> LocalDateTime {
        LocalDateTime(secondsSinceEpoch: instant + Int64(type(at: instant).utcOffsetSeconds))
    }
}
