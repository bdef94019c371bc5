import Foundation
public import RunModel

/// `runramp runs` on a terminal: one line per run under a header, its id first (as short as tells
/// the log's runs apart), the runs of the current week and the excluded ones marked. The same line
/// names a run in `add`, `edit` and `remove`.
public enum RunsText {
    /// The table: the header (when there are runs), then each run on its line.
    public static func render(
        _ runs: [Run], excluded: Set<String>, idLength: Int, today: CalendarDay, unit: DistanceUnit
    ) -> String {
        guard !runs.isEmpty else { return "" }
        let lines = runs.map { run in
            row(for: run, excluded: excluded.contains(run.id), idLength: idLength, today: today, unit: unit)
        }
        return ([header(idLength: idLength)] + lines).map { $0 + "\n" }.joined()
    }

    /// One run's line of the table (without its line end): its id cut to `idLength`, the run, and the marks.
    public static func row(
        for run: Run, excluded: Bool, idLength: Int, today: CalendarDay, unit: DistanceUnit
    ) -> String {
        let mark =
            (excluded ? "  (excluded)" : "") + (run.localDay.monday == today.monday ? "  (this week)" : "")
        return String(run.id.prefix(idLength)) + "  " + line(for: run, unit: unit) + mark
    }

    /// The column names above the runs, aligned with `line(for:unit:)`.
    public static func header(idLength: Int) -> String {
        [
            pad("id", idLength), pad("day", 10), pad("sport", 9), pad("distance", 10, left: true),
            pad("time", 8, left: true), pad("pace", 10, left: true), pad("HR", 6), "start (local)",
        ].joined(separator: "  ")
    }

    /// One run without its id: day, sport, distance, moving time, pace or speed, heart rate, local start.
    public static func line(for run: Run, unit: DistanceUnit) -> String {
        let day = run.localDay
        let distance = Distance(meters: run.distanceMeters).formatted(in: unit)
        let pace = speedText(for: run, unit: unit)
        let heart = run.averageHeartRate.map { "HR \(Int(saturating: $0.rounded()))" } ?? ""
        return [
            day.description, pad(run.sport.rawValue, 9), pad(distance, 10, left: true),
            pad(RunModel.DurationText.clock(run.movingSeconds), 8, left: true), pad(pace, 10, left: true),
            pad(heart, 6), localStart(of: run),
        ].joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }

    /// Pace ("5:02 /km") for the running sports, speed ("24.3 km/h", "15.1 mph") for rides, else nothing:
    /// a pace means little for a ride, a swim or a walk.
    public static func speedText(for run: Run, unit: DistanceUnit) -> String {
        if run.sport.isRunning {
            return RunModel.DurationText.pace(seconds: run.movingSeconds, meters: run.distanceMeters, unit: unit)
        }
        guard run.sport == .cycling, run.movingSeconds > 0, run.distanceMeters > 0 else { return "" }
        let perHour = run.distanceMeters / unit.meters / (run.movingSeconds / 3_600)
        return String(format: "%.1f %@", perHour, unit == .miles ? "mph" : "km/h")
    }

    /// The ids' length as the table shows them: the shortest common length, at least 8, that tells them all apart.
    public static func idLength(for ids: [String]) -> Int {
        idLength(longest: ids.map(\.count).max() ?? 8) { length in
            Set(ids.map { $0.prefix(length) }).count == ids.count
        }
    }

    /// The same length for the ids of a whole log, asked of the log one candidate length at a time
    /// (`isDistinct(length)`: no two ids share their first `length` characters), so a log of a
    /// million runs is never read into memory to list a few of them.
    public static func idLength(longest: Int, isDistinct: (Int) throws -> Bool) rethrows -> Int {
        var length = 8
        while length < longest {
            if try isDistinct(length) { break }
            length += 2
        }
        return length
    }

    /// "started 06:00 UTC+11:00" for a run recorded by a device (docs/local-dates.md); nothing for a
    /// run typed in without a clock.
    public static func localStart(of run: Run) -> String {
        guard [.fit, .gpx, .tcx].contains(run.source.format), let offset = run.utcOffsetSeconds else { return "" }
        let secondOfDay = run.localStart.timeIntervalSince(run.localDay.startDate)
        guard secondOfDay.isFinite, let minutes = Int(exactly: (secondOfDay / 60).rounded(.down)) else { return "" }
        let sign = offset < 0 ? "-" : "+"
        return
            "started \(two(minutes / 60)):\(two(minutes % 60)) UTC\(sign)\(two(abs(offset) / 3_600)):\(two(abs(offset) / 60 % 60))"
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        WeeksText.pad(text, width, left: left)
    }
}
