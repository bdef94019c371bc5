import FIT
import Foundation
import Planner
import Render
import RunAnalysis
import RunModel
import Testing
import TrainingLog
import UseCases

/// `plan --workouts DIR` in-process: first export, an unchanged re-export, a re-export after the plan changed
/// (written / changed / removed counts, serials stable), a paused plan, and files RunRamp did not write.
@Suite struct WorkoutExportTests {
    static func day(_ text: String) -> CalendarDay { CalendarDay(text) ?? CalendarDay(daysSinceEpoch: 0) }

    /// Four weeks of 5–8 km runs at 6:00 /km before 2026-11-23.
    static let runs: [Run] = (0..<28).compactMap { offset -> Run? in
        guard offset % 7 == 1 || offset % 7 == 3 || offset % 7 == 6 else { return nil }
        let date = day("2026-10-26").adding(days: offset)
        let km = offset % 7 == 6 ? 8.0 : 5.0
        return Run(
            id: "r\(offset)", source: RunSource(path: "x.gpx", format: .gpx, contentHash: "h\(offset)"),
            sport: .running,
            start: date.startDate.addingTimeInterval(7 * 3600), utcOffsetSeconds: 0, elapsedSeconds: km * 360,
            movingSeconds: km * 360, distanceMeters: km * 1000)
    }

    static func plan(weekdays: Set<Weekday> = [.mon, .tue, .thu, .sat, .sun], pain: BackPain = .none) -> Plan {
        makePlan(
            runs: runs, today: day("2026-11-23"),
            options: PlanOptions(weekdays: weekdays, longRunDay: .sun, weeks: 2, backPain: pain))
    }

    static func fitFiles(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".fit") {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    /// Workouts, written, changed, removed.
    static func counts(_ summary: WorkoutExportSummary) -> [Int] {
        [summary.workouts, summary.written, summary.changed, summary.removed]
    }

    @Test func reExportWritesChangesAndRemoves() throws {
        let folder = try TemporaryFolder()
        let export = WorkoutExport(directory: folder.path("workouts"))
        let first = Self.plan()
        let planned = PlanWorkouts.workouts(for: first, calendarID: "id1")
        let summary = try export.run(first, calendarID: "id1")
        #expect(summary.path == folder.path("workouts"))
        #expect(Self.counts(summary) == [planned.count, planned.count, 0, 0])
        // What the log remembers for `runramp today`: every file with its day, title and absolute path.
        #expect(summary.firstDay == Self.day("2026-11-23"))
        #expect(summary.files.map(\.day) == planned.map(\.date))
        #expect(summary.files.map(\.title) == planned.map(\.title))
        #expect(
            summary.files.map(\.path)
                == planned.map { folder.url.appendingPathComponent("workouts/" + $0.fileName).standardizedFileURL.path }
        )
        #expect(
            summary.description
                == "\(folder.path("workouts")): \(planned.count) workout files (\(planned.count) written, 0 changed, 0 removed)"
        )
        let workoutsFolder = folder.url.appendingPathComponent("workouts")
        let before = try Self.fitFiles(workoutsFolder)
        #expect(Set(before.keys) == Set(planned.map(\.fileName)))
        // Each file decodes to its workout.
        for workout in planned {
            let bytes = try #require(before[workout.fileName])
            #expect(FITWorkoutFile(decoding: FITDecoder.decode([UInt8](bytes))) == workout.workout)
        }
        // The same plan again: nothing written.
        #expect(Self.counts(try export.run(first, calendarID: "id1")) == [planned.count, 0, 0, 0])
        #expect(try Self.fitFiles(workoutsFolder) == before)

        // Fewer run days: some sessions stay, some move, some go.
        let second = Self.plan(weekdays: [.tue, .sat, .sun])
        let replanned = PlanWorkouts.workouts(for: second, calendarID: "id1")
        let oldNames = Set(planned.map(\.fileName))
        let newNames = Set(replanned.map(\.fileName))
        let kept = replanned.filter { oldNames.contains($0.fileName) }
        let changed = kept.filter { new in planned.first { $0.fileName == new.fileName }?.workout != new.workout }
        let result = try export.run(second, calendarID: "id1")
        #expect(result.written == newNames.subtracting(oldNames).count)
        #expect(result.changed == changed.count)
        #expect(result.removed == oldNames.subtracting(newNames).count)
        #expect(result.removed > 0)
        let after = try Self.fitFiles(workoutsFolder)
        #expect(Set(after.keys) == newNames)
        // Unchanged sessions: the same bytes, so the same serial number.
        for workout in kept where !changed.contains(workout) {
            #expect(after[workout.fileName] == before[workout.fileName])
        }
        // A session on the same day keeps its serial number even when its content changed.
        for workout in kept {
            let old = try #require(planned.first { $0.fileName == workout.fileName })
            #expect(old.workout.serialNumber == workout.workout.serialNumber)
        }
        let index = try String(contentsOf: workoutsFolder.appendingPathComponent("index.md"), encoding: .utf8)
        #expect(index.hasPrefix(WorkoutIndex.heading))
        for name in newNames { #expect(index.contains(name)) }
        for name in oldNames.subtracting(newNames) { #expect(!index.contains(name)) }
    }

    @Test func theZonesTheRunnerGaveSetAHeartRateTargetOnTheWrittenFiles() throws {
        let log = try LogDatabase.inMemory()
        #expect(try WorkoutExport.heartRateTarget(log: log) == nil)
        // A resting rate alone sets no range.
        _ = try HeartRateSettingsUseCase.record(
            maximum: nil, resting: 50, threshold: nil, log: log, today: Self.day("2026-11-01"), now: Date())
        #expect(try WorkoutExport.heartRateTarget(log: log) == nil)
        _ = try HeartRateSettingsUseCase.record(
            maximum: 190, resting: nil, threshold: nil, log: log, today: Self.day("2026-11-02"), now: Date())
        let target = try #require(try WorkoutExport.heartRateTarget(log: log))
        #expect((target.lowBPM, target.highBPM, target.rule) == (134, 148, .reserve))
        let folder = try TemporaryFolder()
        _ = try WorkoutExport(directory: folder.url.path).run(Self.plan(), calendarID: "id1", heartRate: target)
        let files = try Self.fitFiles(folder.url)
        #expect(files.count == PlanWorkouts.workouts(for: Self.plan()).count)
        for bytes in files.values {
            let workout = try #require(FITWorkoutFile(decoding: FITDecoder.decode([UInt8](bytes))))
            let targets = workout.steps.map(\.target).filter { $0 != .open }
            #expect(targets == [.heartRate(lowBPM: 134, highBPM: 148)])
        }
        // A threshold given later takes over: 0.81–0.89 × 170.
        _ = try HeartRateSettingsUseCase.record(
            maximum: nil, resting: nil, threshold: 170, log: log, today: Self.day("2026-11-03"), now: Date())
        #expect(try WorkoutExport.heartRateTarget(log: log).map { [$0.lowBPM, $0.highBPM] } == [138, 151])
    }

    @Test func pausedPlanRemovesTheRunWorkoutsAndLeavesOtherFilesAlone() throws {
        let folder = try TemporaryFolder()
        let export = WorkoutExport(directory: folder.url.path)
        let count = try export.run(Self.plan(), calendarID: nil).workouts
        // Files RunRamp did not write, one with a name of RunRamp's pattern.
        try Data("notes".utf8).write(to: folder.url.appendingPathComponent("my-notes.txt"))
        try Data([14, 0x20, 0, 0]).write(to: folder.url.appendingPathComponent("2026-11-24-easy-9.9km.fit"))
        var paused = Self.plan()
        paused.mode = .paused
        let summary = try export.run(paused, calendarID: nil)
        #expect(Self.counts(summary) == [0, 0, 0, count])
        #expect(summary.files.isEmpty)
        #expect(try Self.fitFiles(folder.url).keys.sorted() == ["2026-11-24-easy-9.9km.fit"])
        #expect(FileManager.default.fileExists(atPath: folder.path("my-notes.txt")))
        let index = try String(contentsOf: folder.url.appendingPathComponent("index.md"), encoding: .utf8)
        #expect(index.contains("No run workouts: running is paused"))
    }

    @Test func refusesToOverwriteWhatRunRampDidNotWrite() throws {
        let folder = try TemporaryFolder()
        let plan = Self.plan()
        let name = try #require(PlanWorkouts.workouts(for: plan).first?.fileName)
        try Data("mine".utf8).write(to: folder.url.appendingPathComponent(name))
        #expect(throws: WorkoutExportError(.foreignFile(name), path: folder.url.path)) {
            try WorkoutExport(directory: folder.url.path).run(plan, calendarID: nil)
        }
        #expect(try Self.fitFiles(folder.url).count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.path("index.md")))

        let other = try TemporaryFolder()
        try Data("# My index\n".utf8).write(to: other.url.appendingPathComponent("index.md"))
        #expect(throws: WorkoutExportError(.foreignFile("index.md"), path: other.url.path)) {
            try WorkoutExport(directory: other.url.path).run(plan, calendarID: nil)
        }
        #expect(try Self.fitFiles(other.url).isEmpty)

        #expect(throws: WorkoutExportError(.notAFolder, path: folder.path(name))) {
            try WorkoutExport(directory: folder.path(name)).run(plan, calendarID: nil)
        }
        #expect(throws: WorkoutExportError(.noParentFolder(folder.path("missing")), path: folder.path("missing/w"))) {
            try WorkoutExport(directory: folder.path("missing/w")).run(plan, calendarID: nil)
        }
    }
}
