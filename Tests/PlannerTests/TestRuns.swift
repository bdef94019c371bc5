import Foundation
import Planner
import RunModel

/// Builds runs for tests: a run on a local date with a distance and a pace.
enum TestRuns {
    static func day(_ text: String) -> CalendarDay {
        guard let day = CalendarDay(text) else { fatalError("bad test date \(text)") }
        return day
    }

    /// A run on `day` at 07:00 local time (UTC+1) with `kilometers` at `paceSeconds` per km.
    static func run(
        on day: CalendarDay, kilometers: Double, paceSeconds: Double = 360, sport: Sport = .running, id: String? = nil
    ) -> Run {
        let start = day.startDate.addingTimeInterval(6 * 3600)
        let seconds = kilometers * paceSeconds
        return Run(
            id: id ?? "\(day)-\(kilometers)-\(sport.rawValue)",
            source: RunSource(path: "test.fit", format: .fit, contentHash: "\(day)\(kilometers)"),
            sport: sport, start: start, utcOffsetSeconds: 3600, elapsedSeconds: seconds + 30, movingSeconds: seconds,
            distanceMeters: kilometers * 1000)
    }

    /// Runs from (date, km) pairs.
    static func runs(_ list: [(String, Double)], paceSeconds: Double = 360) -> [Run] {
        list.map { run(on: day($0.0), kilometers: $0.1, paceSeconds: paceSeconds) }
    }

    /// The worked example of docs/planning-rules.md: W4…W1 = 20, 22, 21, 24 km, L30 = 8.0 km, 6:00/km; today Monday 2026-11-23.
    static let workedExampleToday = day("2026-11-23")
    static let workedExampleRuns: [Run] = runs([
        // W4 (26 Oct – 1 Nov) = 20 km
        ("2026-10-27", 5), ("2026-10-29", 4), ("2026-10-31", 4), ("2026-11-01", 7),
        // W3 (2–8 Nov) = 22 km
        ("2026-11-03", 5), ("2026-11-05", 5), ("2026-11-07", 4), ("2026-11-08", 8),
        // W2 (9–15 Nov) = 21 km
        ("2026-11-10", 5), ("2026-11-12", 5), ("2026-11-14", 4), ("2026-11-15", 7),
        // W1 (16–22 Nov) = 24 km
        ("2026-11-17", 6), ("2026-11-19", 5), ("2026-11-21", 5), ("2026-11-22", 8),
    ])
    static let workedExampleOptions = PlanOptions(
        weekdays: [.mon, .tue, .thu, .sat, .sun], longRunDay: .sun, weeklyCeilingMeters: 40_000, units: .kilometers,
        weeks: 4)
}
