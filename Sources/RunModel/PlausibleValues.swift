import Foundation

/// The values a human body and a sports watch can produce, defined once for the whole program.
///
/// A run outside them comes from a damaged or crafted file: the import refuses the file (or drops
/// the one figure, such as a heart rate of 1e20, with a note naming the file), and a stored row
/// outside them is skipped with a note when the log is read. Past these bounds every figure fits
/// an `Int` and a calendar date with room to spare, so no later conversion can trap.
/// The bounds are explained in docs/log.md ("Values a run can hold").
public enum PlausibleValues {
    /// Start instants, Unix seconds: 1900-01-01 to 2100-01-01 UTC (a hand-kept log may go back decades).
    public static let startTime: ClosedRange<Double> = -2_208_988_800...4_102_444_800
    /// UTC offsets in seconds: the world's zones lie within ±14 h; ±18 h is what ISO 8601 and Foundation allow.
    public static let utcOffsetSeconds: ClosedRange<Int> = -64_800...64_800
    /// Elapsed or moving time of one activity, or one lap: up to 30 days (multi-day ultras).
    public static let durationSeconds: ClosedRange<Double> = 0...2_592_000
    /// Distance of one activity or lap: up to 2,000 km (a 1,200 km brevet ridden as one recording).
    public static let distanceMeters: ClosedRange<Double> = 0...2_000_000
    /// Heart rate, beats per minute.
    public static let heartRate: ClosedRange<Double> = 20...250
    /// Cadence, steps or revolutions per minute.
    public static let cadence: ClosedRange<Double> = 0...300
    /// Total climb or descent of one activity, metres.
    public static let elevationChangeMeters: ClosedRange<Double> = 0...100_000
    /// Elevation of one sample, metres (the Dead Sea shore to above Everest's summit).
    public static let elevationMeters: ClosedRange<Double> = -1_000...10_000

    /// A run's name, in Unicode scalars: a title, not a document (a name of 100,000 characters is
    /// cut to its first 200, with a note, so every listing and calendar entry stays readable).
    public static let nameScalars = 200

    /// What checking a run found.
    public enum Verdict: Sendable, Hashable {
        /// Usable: the run with any implausible optional figure removed, and one note per removal.
        case plausible(Run, notes: [DroppedValue])
        /// Unusable, and why.
        case implausible(ImplausibleValue)
    }

    /// Checks every figure of `run`: an implausible start, distance or duration (of the run or a
    /// lap) makes it unusable; an implausible heart rate, cadence, climb, UTC offset or sample value
    /// is dropped with a note; NaN, infinite and negative totals become 0 (`withFiniteFigures`).
    public static func check(_ run: Run) -> Verdict {
        var notes: [DroppedValue] = []
        let start = run.start.timeIntervalSince1970
        guard startTime.contains(start) else {
            return .implausible(.startTime(start))
        }
        for (total, value) in [
            (ImplausibleValue.Total.elapsedTime, run.elapsedSeconds), (.movingTime, run.movingSeconds),
            (.distance, run.distanceMeters),
        ]
        where !(value.isFinite && value >= 0) {
            notes.append(.totalReadAsZero(total, value))
        }
        var checked = run.withFiniteFigures()
        if let problem = tooLarge(
            elapsed: checked.elapsedSeconds, moving: checked.movingSeconds, meters: checked.distanceMeters)
        {
            return .implausible(problem)
        }
        for (index, lap) in checked.laps.enumerated() {
            let lapStart = lap.start.timeIntervalSince1970
            guard startTime.contains(lapStart) else {
                return .implausible(.lap(index + 1, .startTime(lapStart)))
            }
            if let problem = tooLarge(elapsed: lap.elapsedSeconds, moving: 0, meters: lap.distanceMeters ?? 0) {
                return .implausible(.lap(index + 1, problem))
            }
        }
        if let offset = checked.utcOffsetSeconds, !utcOffsetSeconds.contains(offset) {
            notes.append(.utcOffset(offset))
            checked.utcOffsetSeconds = nil
        }
        drop(&checked.averageHeartRate, .averageHeartRate, notes: &notes)
        drop(&checked.maxHeartRate, .maxHeartRate, notes: &notes)
        drop(&checked.averageCadence, .averageCadence, notes: &notes)
        drop(&checked.elevationGainMeters, .climb, notes: &notes)
        drop(&checked.elevationLossMeters, .descent, notes: &notes)
        checked.samples = checkedSamples(checked.samples, notes: &notes)
        if let name = checked.name, name.unicodeScalars.count > nameScalars {
            notes.append(.nameCut(nameScalars))
            var cut = String.UnicodeScalarView()
            cut.append(contentsOf: name.unicodeScalars.prefix(nameScalars))
            checked.name = String(cut)
        }
        return .plausible(checked, notes: notes)
    }

    /// Checks a run read back from the log. As `check`, except that a total the import reads as 0
    /// (a negative or non-finite distance or time) makes the row unusable: the import never stores
    /// one, so the row was changed by another program, and it is left out with a note like every
    /// other damaged row rather than shown as 0.00 km.
    public static func checkStored(_ run: Run) -> Verdict {
        for (total, value) in [
            (ImplausibleValue.Total.elapsedTime, run.elapsedSeconds), (.movingTime, run.movingSeconds),
            (.distance, run.distanceMeters),
        ]
        where !(value.isFinite && value >= 0) {
            return .implausible(.storedTotal(total, value))
        }
        return check(run)
    }

    /// "1850-01-01 00:00 UTC" for an instant a calendar can show, else the Unix seconds ("1e+300 s").
    static func instantText(_ seconds: Double) -> String {
        guard seconds.isFinite, abs(seconds) < 1e14 else { return "\(seconds) s" }
        let day = CalendarDay(Date(timeIntervalSince1970: seconds))
        let secondOfDay = Int(saturating: seconds - Double(day.daysSinceEpoch) * 86_400)
        let (hour, minute) = (secondOfDay / 3_600, secondOfDay / 60 % 60)
        return "\(day) \(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute) UTC"
    }

    private static func tooLarge(elapsed: Double, moving: Double, meters: Double) -> ImplausibleValue? {
        if elapsed > durationSeconds.upperBound { return .tooLarge(.elapsedTime, elapsed) }
        if moving > durationSeconds.upperBound { return .tooLarge(.movingTime, moving) }
        if meters > distanceMeters.upperBound { return .tooLarge(.distance, meters) }
        return nil
    }

    private static func drop(_ value: inout Double?, _ figure: DroppedValue.Figure, notes: inout [DroppedValue]) {
        guard let number = value, !figure.range.contains(number) else { return }
        notes.append(.figure(figure, number))
        value = nil
    }

    /// Sample values outside the bounds become absent (one note per kind of value, with a count).
    private static func checkedSamples(_ samples: [Sample], notes: inout [DroppedValue]) -> [Sample] {
        var dropped: [DroppedValue.SampleValue: Int] = [:]
        let checked = samples.map { sample in
            var sample = sample
            func keep(_ value: inout Double?, _ name: DroppedValue.SampleValue, _ range: ClosedRange<Double>) {
                guard let figure = value, !range.contains(figure) else { return }
                dropped[name, default: 0] += 1
                value = nil
            }
            if let time = sample.time, !startTime.contains(time.timeIntervalSince1970) {
                dropped[.times, default: 0] += 1
                sample.time = nil
            }
            keep(&sample.heartRate, .heartRates, heartRate)
            keep(&sample.cadence, .cadences, cadence)
            keep(&sample.elevationMeters, .elevations, elevationMeters)
            keep(&sample.distanceMeters, .distances, distanceMeters)
            return sample
        }
        for value in DroppedValue.SampleValue.allCases {
            if let count = dropped[value] { notes.append(.samples(value, count: count)) }
        }
        return checked
    }
}
