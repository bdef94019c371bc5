import Foundation
import Planner
import Render
import RunImport
import RunModel
import TestSupport
import Testing
import TrainingLog
import UseCases

/// A plan reads only the window of runs its rules look at (PlanRunWindow): over many generated logs
/// (seeded: breaks of up to 600 days, other sports, excluded runs, UTC offsets of ±14 h, a stored plan
/// continued, a later --start, a goal), the plan from the window equals the plan from every run of the log.
@Suite struct PlanRunWindowTests {
    /// A generated log of about `count` activities over three years ending near `today`.
    static func generatedLog(seed: UInt64, today: CalendarDay, at path: String) throws -> LogDatabase {
        var rng = SplitMix64(seed: seed)
        let log = try LogDatabase(path: path, access: .readWrite)
        // Up to 600 days without running before today: a break the plan measures from its last run.
        let breakDays = Int.random(in: 0...3, using: &rng) == 0 ? Int.random(in: 0...600, using: &rng) : 0
        var day = today.adding(days: -Int.random(in: 500...1_100, using: &rng))
        var files: [IncomingFile] = []
        var excluded: [String] = []
        var index = 0
        while day <= today.adding(days: 3) {
            let running = day < today.adding(days: -breakDays)
            let sport: Sport =
                running && Int.random(in: 0..<6, using: &rng) != 0
                ? [.running, .trail, .treadmill, .track].randomElement(using: &rng) ?? .running
                : [.walking, .cycling, .swimming, .other].randomElement(using: &rng) ?? .walking
            let offset = Int.random(in: -14...14, using: &rng) * 3_600
            let start = day.startDate.addingTimeInterval(
                Double(Int.random(in: 0..<86_400, using: &rng)) - Double(offset))
            let meters = Double(Int.random(in: 1_000...25_000, using: &rng))
            // Paces of 4:40 to 7:30 per km: the median pace the plan reads depends on which runs it sees.
            let pace = Double(Int.random(in: 280...450, using: &rng)) / 1_000
            let id = "run-\(seed)-\(index)"
            let run = Run(
                id: id, source: RunSource(path: "\(id).gpx", format: .gpx, contentHash: id), sport: sport, start: start,
                utcOffsetSeconds: offset, elapsedSeconds: meters * pace + 60, movingSeconds: meters * pace,
                distanceMeters: meters)
            files.append(IncomingFile(path: "\(id).gpx", contentHash: id, content: .run(run)))
            if Int.random(in: 0..<15, using: &rng) == 0 { excluded.append(id) }
            index += 1
            day = day.adding(days: Int.random(in: 1...(Int.random(in: 0..<10, using: &rng) == 0 ? 40 : 4), using: &rng))
        }
        _ = try log.record(files)
        for id in excluded { _ = try log.setRunExcluded(id: id, true) }
        return log
    }

    @Test(arguments: 0..<48)
    func thePlanFromTheWindowIsThePlanFromEveryRun(seed: UInt64) throws {
        let folder = try TemporaryFolder()
        var rng = SplitMix64(seed: seed ^ 0xA11)
        let today = CalendarDay("2026-11-23").map { $0.adding(days: Int.random(in: 0..<7, using: &rng)) }
        let day = try #require(today)
        let log = try Self.generatedLog(seed: seed, today: day, at: folder.path("log.sqlite"))
        let all = try log.countedRuns(since: nil).runs
        var options = PlanOptions(weeks: Int.random(in: 1...8, using: &rng))
        if Int.random(in: 0..<4, using: &rng) == 0 {
            options.start = day.adding(days: Int.random(in: 1...40, using: &rng))
        }
        if Int.random(in: 0..<3, using: &rng) == 0 {
            options.goalMeters = Double(Int.random(in: 10...60, using: &rng) * 1_000)
        }
        // A stored plan made a few days to weeks ago, continued by this one.
        if Int.random(in: 0..<2, using: &rng) == 0 {
            let earlier = makePlan(
                runs: all, today: day.adding(days: -Int.random(in: 1...30, using: &rng)), options: PlanOptions(weeks: 6)
            )
            options.previousPlan = PlanRecord(earlier) { SessionText.title($0, units: earlier.units) }
        }
        let window = try PlanRunWindow.read(log, today: day, previousPlan: options.previousPlan)
        let fromWindow = window.counting(makePlan(runs: window.stored.runs, today: day, options: options))
        let fromAll = makePlan(runs: all, today: day, options: options)
        #expect(fromWindow == fromAll, "seed \(seed)")
        #expect(fromWindow.history.runsCounted == fromAll.history.runsCounted, "seed \(seed)")
        // The window is a window: a log of three years is not read whole (unless after a long break).
        #expect(window.stored.runs.count <= all.count)
    }

    @Test func theWindowLeavesOutTheOlderRunsAndCountsThem() throws {
        let folder = try TemporaryFolder()
        let today = try #require(CalendarDay("2026-11-23"))
        let log = try LogDatabase(path: folder.path("log.sqlite"), access: .readWrite)
        // One run a week for 200 weeks, and a ride in the first week.
        let runs = (0..<200).map { week -> Run in
            let start = today.adding(days: -7 * week).startDate.addingTimeInterval(8 * 3_600)
            return Run(
                id: "w\(week)", source: RunSource(path: "w\(week).gpx", format: .gpx, contentHash: "w\(week)"),
                sport: week == 199 ? .cycling : .running, start: start, elapsedSeconds: 1_800, movingSeconds: 1_800,
                distanceMeters: 5_000)
        }
        _ = try log.record(runs.map { IncomingFile(path: $0.source.path, contentHash: $0.id, content: .run($0)) })
        let window = try PlanRunWindow.read(log, today: today, previousPlan: nil)
        // 372 days back: weeks 0…53 read, 145 runs and the ride counted in SQLite.
        #expect(window.stored.runs.count == 54)
        #expect(window.older == ActivityTally(runs: 145, otherActivities: 1))
        let plan = window.counting(makePlan(runs: window.stored.runs, today: today, options: PlanOptions()))
        #expect(plan.history.runsCounted == 199)
        #expect(plan.history.otherActivities == 1)
    }
}
