import Benchmark
import FIT
import Foundation
import Planner
import Render
import RunModel

/// A deterministic 10-year training log: 4–5 runs a week with seasonal volume, breaks, rides and walks.
enum TenYearLog {
    static let today = CalendarDay(year: 2026, month: 11, day: 24) ?? CalendarDay(daysSinceEpoch: 20_781)

    static let runs: [Run] = {
        var state: UInt64 = 42
        func random() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        var runs: [Run] = []
        let first = today.adding(days: -3_650)
        for offset in 0..<3_650 {
            let day = first.adding(days: offset)
            // A three-week break every autumn, 4–5 runs a week otherwise.
            if (offset % 365) > 280 && (offset % 365) < 302 { continue }
            let weekday = day.isoWeekday
            guard [2, 4, 6, 7].contains(weekday) || (weekday == 3 && random() < 0.4) else { continue }
            let season = 1 + 0.3 * sin(Double(offset) / 365 * 2 * .pi)
            let km = (weekday == 7 ? 12 : 6) * season * (0.85 + 0.3 * random())
            let pace = 300 + 60 * random()
            let start = day.startDate.addingTimeInterval(7 * 3_600)
            let sport: Sport = random() < 0.08 ? (random() < 0.5 ? .cycling : .walking) : .running
            runs.append(
                Run(
                    id: "r\(offset)",
                    source: RunSource(path: "log/\(offset).fit", format: .fit, contentHash: "\(offset)"),
                    sport: sport, start: start, utcOffsetSeconds: 3_600, elapsedSeconds: km * pace + 60,
                    movingSeconds: km * pace, distanceMeters: km * 1_000))
        }
        return runs
    }()
}

let benchmarks: @Sendable () -> Void = {
    let runs = TenYearLog.runs
    let options = PlanOptions(weekdays: [.mon, .tue, .thu, .sat, .sun], weeklyCeilingMeters: 60_000, weeks: 12)

    Benchmark(
        "plan + Markdown + SVG (10-year log, \(runs.count) activities, 12 weeks)",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(5))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            let plan = makePlan(runs: runs, today: TenYearLog.today, options: options)
            blackHole(PlanMarkdown(chartPath: "plan.svg").render(plan))
            blackHole(MileageChartSVG().render(plan))
        }
    }

    // The FIT workouts of a 12-week plan (docs/workouts.md): building and encoding only, the plan made once.
    let plan = makePlan(runs: runs, today: TenYearLog.today, options: options)
    Benchmark(
        "workouts of a 12-week plan: build + FIT encode (\(PlanWorkouts.workouts(for: plan).count) files)",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            for workout in PlanWorkouts.workouts(for: plan) { blackHole(workout.workout.encoded()) }
        }
    }

    Benchmark(
        "makePlan only (10-year log)",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(makePlan(runs: runs, today: TenYearLog.today, options: options))
        }
    }
}
