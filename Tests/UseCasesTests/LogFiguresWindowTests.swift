import Foundation
import Planner
import RunAnalysis
import RunImport
import RunModel
import TestSupport
import Testing
import TrainingLog
import UseCases

/// `why` (and the plan's why summary) and the anchors read only a window of the log (LogFigures with
/// `from`): over seeded generated logs (heart-rate samples, watch settings in files old and new, the
/// runner's own settings, excluded runs, check-ins, breaks), the anchors and the report equal those
/// every run gives.
@Suite struct LogFiguresWindowTests {
    static func generatedLog(seed: UInt64, today: CalendarDay, at path: String) throws -> LogDatabase {
        var rng = SplitMix64(seed: seed)
        let log = try LogDatabase(path: path, access: .readWrite)
        let breakDays = Int.random(in: 0...2, using: &rng) == 0 ? Int.random(in: 0...500, using: &rng) : 0
        // Watch settings only in files older than the window in some logs.
        let settingsUntil = today.adding(days: -Int.random(in: 0...900, using: &rng))
        var day = today.adding(days: -Int.random(in: 500...1_000, using: &rng))
        var files: [IncomingFile] = []
        var excluded: [String] = []
        var index = 0
        while day <= today.adding(days: 2) {
            defer { day = day.adding(days: Int.random(in: 1...5, using: &rng)) }
            guard day < today.adding(days: -breakDays) else { continue }
            let sport: Sport = Int.random(in: 0..<8, using: &rng) == 0 ? .cycling : .running
            let offset = Int.random(in: -12...12, using: &rng) * 3_600
            let start = day.startDate.addingTimeInterval(Double(Int.random(in: 0..<86_400, using: &rng) - offset))
            let meters = Double(Int.random(in: 3_000...20_000, using: &rng))
            let moving = meters * Double(Int.random(in: 280...420, using: &rng)) / 1_000
            let base = Double(Int.random(in: 120...185, using: &rng))
            let samples = (0..<60).map { second in
                Sample(
                    time: start.addingTimeInterval(Double(second * 10)), heartRate: base + Double(second % 7),
                    cadence: Double(Int.random(in: 80...92, using: &rng)),
                    distanceMeters: meters * Double(second) / 60)
            }
            var watch: WatchHeartRateSettings?
            if day <= settingsUntil, Int.random(in: 0..<6, using: &rng) == 0 {
                watch = WatchHeartRateSettings(
                    maximum: Bool.random(using: &rng) ? Double(Int.random(in: 170...200, using: &rng)) : nil,
                    resting: Bool.random(using: &rng) ? Double(Int.random(in: 40...60, using: &rng)) : nil,
                    threshold: Bool.random(using: &rng) ? Double(Int.random(in: 150...175, using: &rng)) : nil)
            }
            let id = "run-\(seed)-\(index)"
            let run = Run(
                id: id, source: RunSource(path: "\(id).fit", format: .fit, contentHash: id), sport: sport, start: start,
                utcOffsetSeconds: offset, elapsedSeconds: moving + 30, movingSeconds: moving, distanceMeters: meters,
                samples: samples, watchHeartRate: watch)
            files.append(IncomingFile(path: "\(id).fit", contentHash: id, content: .run(run)))
            if Int.random(in: 0..<12, using: &rng) == 0 { excluded.append(id) }
            index += 1
        }
        _ = try log.record(files)
        for id in excluded { _ = try log.setRunExcluded(id: id, true) }
        if Int.random(in: 0..<3, using: &rng) == 0 {
            _ = try log.recordHeartRateSetting(
                .init(kind: .resting, bpm: 52, day: today.adding(days: -400), recordedAt: Date()))
        }
        for back in stride(from: 0, to: 120, by: Int.random(in: 3...20, using: &rng)) {
            try LoopLog(log: log).record(
                CheckIn(day: today.adding(days: -back), backPain: back % 9 == 0 ? .mild : .none), now: Date())
        }
        return log
    }

    @Test(arguments: 0..<24)
    func theWindowGivesTheAnchorsAndTheReportEveryRunGives(seed: UInt64) throws {
        let folder = try TemporaryFolder()
        let today = try #require(CalendarDay("2026-11-25"))
        let log = try Self.generatedLog(seed: seed, today: today, at: folder.path("log.sqlite"))
        let all = try LogFigures.read(log, today: today)
        #expect(try LogFigures.read(log, today: today, from: today).anchors == all.anchors, "seed \(seed)")
        for weeks in [2, 8, 30] {
            let windowed = try WhyUseCase.report(log: log, today: today, weeks: weeks)
            let full = try WhyUseCase.report(measured: all, log: log, today: today, weeks: weeks)
            #expect(windowed == full, "seed \(seed), \(weeks) weeks")
        }
    }
}
