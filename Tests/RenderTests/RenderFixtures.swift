import Foundation
import Planner
import RunModel

/// The plans whose Markdown is kept as golden files: build, return, paused, a beginner, a weekend-only runner, a
/// 12-week plan and a plan that starts later.
enum RenderFixtures {
    static func day(_ text: String) -> CalendarDay { CalendarDay(text) ?? CalendarDay(daysSinceEpoch: 0) }

    static func run(_ date: String, _ km: Double, pace: Double = 360, sport: Sport = .running) -> Run {
        let start = day(date).startDate.addingTimeInterval(7 * 3600)
        return Run(
            id: "\(date)-\(km)", source: RunSource(path: "x.gpx", format: .gpx, contentHash: "\(date)\(km)"),
            sport: sport, start: start, utcOffsetSeconds: 0, elapsedSeconds: km * pace, movingSeconds: km * pace,
            distanceMeters: km * 1000)
    }

    /// The worked example's history (docs/planning-rules.md) (W4…W1 = 20, 22, 21, 24 km), plus a ride that must not count.
    static let history: [Run] = [
        run("2026-10-05", 5), run("2026-10-08", 6), run("2026-10-11", 7),
        run("2026-10-13", 5), run("2026-10-15", 5), run("2026-10-18", 8),
        run("2026-10-20", 5), run("2026-10-22", 5), run("2026-10-25", 7),
        run("2026-10-27", 5), run("2026-10-29", 4), run("2026-10-31", 4), run("2026-11-01", 7),
        run("2026-11-03", 5), run("2026-11-05", 5), run("2026-11-07", 4), run("2026-11-08", 8),
        run("2026-11-10", 5), run("2026-11-12", 5), run("2026-11-14", 4), run("2026-11-15", 7),
        run("2026-11-17", 6), run("2026-11-19", 5), run("2026-11-21", 5), run("2026-11-22", 8),
        run("2026-11-18", 30, pace: 120, sport: .cycling),
    ]
    static let options = PlanOptions(
        weekdays: [.mon, .tue, .thu, .sat, .sun], longRunDay: .sun, weeklyCeilingMeters: 40_000, units: .kilometers,
        weeks: 4)

    static var build: Plan { makePlan(runs: history, today: day("2026-11-23"), options: options) }
    /// Same history, 40 days later: a return after a break.
    static var comeback: Plan { makePlan(runs: history, today: day("2027-01-01"), options: options) }
    /// Same history with tingling and radiating pain: running paused.
    static var paused: Plan {
        var options = options
        options.backPain = .mild
        options.symptoms = [.tingling, .radiatingPain]
        return makePlan(runs: history, today: day("2026-11-23"), options: options)
    }

    /// Two short runs (2.4 and 3.1 km): Couch-to-5K from week 5, made on a Wednesday (this week first).
    static var beginner: Plan {
        makePlan(
            runs: [run("2026-11-12", 2.4), run("2026-11-19", 3.1)], today: day("2026-11-25"),
            options: PlanOptions(weeks: 3))
    }

    /// A 60 km runner who can run only on Saturday and Sunday.
    static var weekendOnly: Plan {
        var runs: [Run] = []
        for monday in ["2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16"].map(day) {
            for (offset, km) in [(1, 12.0), (2, 10), (3, 10), (5, 10), (6, 18)] {
                runs.append(run("\(monday.adding(days: offset))", km))
            }
        }
        return makePlan(runs: runs, today: day("2026-11-23"), options: PlanOptions(weekdays: [.sat, .sun], weeks: 3))
    }

    /// The worked example's history planned for 12 weeks without a ceiling: it keeps progressing through cutbacks.
    static var twelveWeeks: Plan {
        var options = options
        options.weeklyCeilingMeters = nil
        options.weeks = 12
        return makePlan(runs: history, today: day("2026-11-23"), options: options)
    }

    /// Made on Monday 23 Nov with --start Thursday 3 Dec: 11 days without running by then, so a return plan, whose
    /// first week is Thursday to Sunday.
    static var laterStart: Plan {
        var options = options
        options.start = day("2026-12-03")
        return makePlan(runs: history, today: day("2026-11-23"), options: options)
    }
}
