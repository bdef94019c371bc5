import Foundation
import Planner
import Render
import RunImport
import RunModel
import TestSupport
import Testing
import TrainingLog
import UseCases

/// A review reads only the runs whose local day it looks at (ReviewRunWindow): over seeded generated
/// logs (runs on most days, other sports, excluded runs, UTC offsets up to ±18 h, a stored plan or none)
/// the review from the window equals the review from every run, including weeks with a run planted on
/// each edge of the window (a long run 30 days before the Monday started as early in UTC as an offset
/// allows, a Sunday run as late); and the read is bounded: a week of a three-year log reads 39 runs.
@Suite struct ReviewRunWindowTests {
    /// The last day of every generated log.
    static let lastDay = CalendarDay(daysSinceEpoch: 20_780)  // 2026-11-23, a Monday

    /// One run of the generated log, `localSecond` seconds into `day` at `offsetHours` from UTC.
    static func run(
        _ id: String, day: CalendarDay, localSecond: Int, offsetHours: Int, meters: Double, sport: Sport = .running
    ) -> Run {
        let offset = offsetHours * 3_600
        let start = day.startDate.addingTimeInterval(Double(localSecond - offset))
        return Run(
            id: id, source: RunSource(path: "\(id).gpx", format: .gpx, contentHash: id), sport: sport, start: start,
            utcOffsetSeconds: offset, elapsedSeconds: meters * 0.36 + 60, movingSeconds: meters * 0.36,
            distanceMeters: meters)
    }

    /// About two years of runs before `lastDay`, and for each Monday of `planted` a 28 km run on the
    /// first local minute 30 days before it at +18 h, a 24 km run that Monday and a Sunday run in the
    /// last local minute of the week at −18 h (every other run is 16 km or less).
    static func generatedLog(seed: UInt64, planted: [CalendarDay], at path: String) throws -> LogDatabase {
        var rng = SplitMix64(seed: seed)
        var runs: [Run] = []
        var excluded: [String] = []
        var day = lastDay.adding(days: -Int.random(in: 500...800, using: &rng))
        while day <= lastDay {
            for _ in 0..<Int.random(in: 1...2, using: &rng) {
                let sport: Sport =
                    Int.random(in: 0..<6, using: &rng) == 0
                    ? [.walking, .cycling, .swimming].randomElement(using: &rng) ?? .walking
                    : [.running, .trail, .treadmill].randomElement(using: &rng) ?? .running
                let isLong = Int.random(in: 0..<8, using: &rng) == 0
                let kilometers = isLong ? Int.random(in: 10...16, using: &rng) : Int.random(in: 2...9, using: &rng)
                let id = "run-\(seed)-\(runs.count)"
                runs.append(
                    run(
                        id, day: day, localSecond: Int.random(in: 0..<86_400, using: &rng),
                        offsetHours: Int.random(in: -18...18, using: &rng), meters: Double(kilometers * 1_000),
                        sport: sport))
                if Int.random(in: 0..<12, using: &rng) == 0 { excluded.append(id) }
            }
            day = day.adding(days: Int.random(in: 0..<12, using: &rng) == 0 ? Int.random(in: 2...20, using: &rng) : 1)
        }
        for (index, monday) in planted.enumerated() {
            runs.append(
                run("long-\(index)", day: monday.adding(days: -30), localSecond: 0, offsetHours: 18, meters: 28_000))
            runs.append(run("monday-\(index)", day: monday, localSecond: 36_000, offsetHours: 0, meters: 24_000))
            runs.append(
                run(
                    "sunday-\(index)", day: monday.adding(days: 6), localSecond: 86_399, offsetHours: -18, meters: 6_000
                ))
        }
        let log = try LogDatabase(path: path, access: .readWrite)
        _ = try log.record(runs.map { IncomingFile(path: $0.source.path, contentHash: $0.id, content: .run($0)) })
        for id in excluded { _ = try log.setRunExcluded(id: id, true) }
        return log
    }

    /// The review of the week starting on `monday` from the window and from every run, with the plan
    /// made a few days before it (or none).
    static func reviews(
        of monday: CalendarDay, log: LogDatabase, all: [Run], rng: inout SplitMix64
    ) throws -> (window: WeekReview, all: WeekReview) {
        var plans: [PlanRecord] = []
        if Int.random(in: 0..<3, using: &rng) != 0 {
            let madeOn = monday.adding(days: -Int.random(in: 0...9, using: &rng))
            let plan = makePlan(runs: all, today: madeOn, options: PlanOptions(weeks: 4))
            plans.append(PlanRecord(plan) { SessionText.title($0, units: plan.units) })
        }
        let units: DistanceUnit = Bool.random(using: &rng) ? .kilometers : .miles
        let window = try ReviewRunWindow.read(log, weekStartingOn: monday)
        #expect(window.skipped.isEmpty)
        return (
            WeekReview(weekStart: monday, plans: plans, runs: window.runs, units: units),
            WeekReview(weekStart: monday, plans: plans, runs: all, units: units)
        )
    }

    @Test(arguments: 0..<16 as Range<UInt64>)
    func theReviewFromTheWindowIsTheReviewFromEveryRun(seed: UInt64) throws {
        let folder = try TemporaryFolder()
        var rng = SplitMix64(seed: seed ^ 0x5EED)
        // Weeks 16 weeks apart, so no planted run falls in another planted week or its 30 days.
        let planted = [6, 22, 38].map { Self.lastDay.adding(days: -7 * ($0 + Int.random(in: 0...9, using: &rng))) }
        let log = try Self.generatedLog(seed: seed, planted: planted, at: folder.path("log.sqlite"))
        let all = try log.countedRuns(since: nil).runs
        for monday in planted {
            let (window, every) = try Self.reviews(of: monday, log: log, all: all, rng: &rng)
            #expect(window == every, "seed \(seed), week of \(monday)")
            // The planted runs are in it: the long run on the window's first day sets the Monday's cap.
            #expect(every.runCapMeters == 1.10 * 28_000, "seed \(seed), week of \(monday)")
            #expect(every.longestRunMeters == 24_000)
            #expect(
                every.lines.contains {
                    $0.run?.id.hasPrefix("sunday-") == true && $0.run?.day == monday.adding(days: 6)
                })
        }
        // Weeks anywhere, before the first run and after the last included.
        for _ in 0..<6 {
            let monday = Self.lastDay.adding(days: -7 * Int.random(in: -2...120, using: &rng))
            let (window, every) = try Self.reviews(of: monday, log: log, all: all, rng: &rng)
            #expect(window == every, "seed \(seed), week of \(monday)")
        }
    }

    @Test func aWeekOfAThreeYearLogReadsOnlyItsWindow() throws {
        let folder = try TemporaryFolder()
        let log = try LogDatabase(path: folder.path("log.sqlite"), access: .readWrite)
        // One run a day at noon UTC for 1,095 days; every tenth excluded.
        let runs = (0..<1_095).map {
            Self.run("d\($0)", day: Self.lastDay.adding(days: -$0), localSecond: 43_200, offsetHours: 0, meters: 5_000)
        }
        _ = try log.record(runs.map { IncomingFile(path: $0.source.path, contentHash: $0.id, content: .run($0)) })
        for day in stride(from: 0, to: 1_095, by: 10) { _ = try log.setRunExcluded(id: "d\(day)", true) }
        let monday = Self.lastDay.adding(days: -70)
        // The local days of the week and the 30 before it, widened by 18 hours each way.
        let starts = ReviewRunWindow.starts(of: WeekReview.daysRead(weekStartingOn: monday))
        #expect(starts.lowerBound == monday.adding(days: -30).startDate.addingTimeInterval(-64_800))
        #expect(starts.upperBound == monday.adding(days: 7).startDate.addingTimeInterval(64_800))
        let window = try ReviewRunWindow.read(log, weekStartingOn: monday)
        // From noon of the day before the first (18 h before it is more than 12) to noon of the Monday
        // after: 39 days, d101 … d63 (oldest first), less the four excluded (d100, d90, d80, d70).
        let expected = (63...101).reversed().filter { $0 % 10 != 0 }.map { "d\($0)" }
        #expect(window.runs.map(\.id) == expected)
        #expect(window.runs.count == 35)
    }
}
