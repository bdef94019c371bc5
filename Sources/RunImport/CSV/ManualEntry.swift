import Foundation
public import RunModel

/// A run typed in by hand (`runramp add`, a CSV log row): a date, a distance, a duration and a sport.
public struct ManualEntry: Sendable, Hashable {
    /// The day; the run is placed at noon UTC on it (no clock time is known).
    public var day: CalendarDay
    /// Clock time when given ("2026-11-20 07:30"), seconds after midnight.
    public var secondsIntoDay: Double?
    public var distanceMeters: Double
    public var durationSeconds: Double
    public var sport: Sport

    /// Parses the four fields as a runner writes them; throws a reason naming the bad field.
    public init(
        date: String, distance: String, duration: String, sport: String?, defaultUnit: DistanceUnit = .kilometers
    )
        throws(ImportError.Reason)
    {
        let dateParts = date.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard let dayText = dateParts.first, let day = CalendarDay(String(dayText)) else {
            let problem = dateParts.first.flatMap { CalendarDay.problem(parsing: String($0)) } ?? .notYearMonthDay
            throw .malformed(MalformedField(.date, date, .day(problem)))
        }
        self.day = day
        if dateParts.count > 1 {
            // "HH:MM" or "HH:MM:SS" (DurationText reads two fields as minutes:seconds, hence the scale).
            let clock = String(dateParts[1])
            let fields = clock.split(separator: ":").count
            guard dateParts.count == 2, fields >= 2, let seconds = DurationText.seconds(parsing: clock),
                seconds * (fields == 2 ? 60 : 1) < 86_400
            else { throw .malformed(MalformedField(.date, date, .dayAndTime)) }
            secondsIntoDay = seconds * (fields == 2 ? 60 : 1)
        }
        guard let parsed = Distance(parsing: distance, defaultUnit: defaultUnit), parsed.meters < 1_000_000 else {
            throw .malformed(MalformedField(.distance, distance, .distance))
        }
        distanceMeters = parsed.meters
        guard let seconds = DurationText.seconds(parsing: duration), seconds > 0, seconds < 7 * 86_400 else {
            throw .malformed(MalformedField(.duration, duration, .duration))
        }
        durationSeconds = seconds
        if let sport, !sport.isEmpty {
            guard let known = SportMapping.sport(named: sport) else {
                throw .malformed(MalformedField(.sport, sport, .sport))
            }
            self.sport = known
        } else {
            self.sport = .running
        }
    }

    /// The fingerprint that makes re-adding the same entry a no-op.
    public var contentHash: String {
        let key = "manual|\(day)|\(secondsIntoDay ?? -1)|\(distanceMeters)|\(durationSeconds)|\(sport.rawValue)"
        return ContentHash.sha256Hex(Array(key.utf8))
    }

    /// The run this entry describes; `path` says where it came from ("runramp add", "log.csv:3").
    public func run(path: String, format: RunSource.Format) -> Run {
        let start = day.startDate.addingTimeInterval(secondsIntoDay ?? 12 * 3_600)
        let hash = contentHash
        return Run(
            id: String(hash.prefix(16)), source: RunSource(path: path, format: format, contentHash: hash),
            sport: sport, start: start, utcOffsetSeconds: 0, elapsedSeconds: durationSeconds,
            movingSeconds: durationSeconds, distanceMeters: distanceMeters)
    }
}
