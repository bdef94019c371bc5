import FIT
import Foundation
import Planner
import RunAnalysis
import RunModel
import Testing

@testable import Render

/// Every kind of workout RunRamp writes, read by Garmin's official FIT SDK and by fitdecode
/// (Scripts/workout_crosscheck.py): easy and long runs (kilometres and miles, with and without a pace),
/// Couch-to-5K weeks 1–9, a return and a hold plan, and easy and long runs with a heart-rate target (the
/// runner's zones known, which wins over the pace). Runs when RUNRAMP_PYTHON names a Python with
/// garmin-fit-sdk and fitdecode.
@Suite struct WorkoutCrossCheckTests {
    static let python = ProcessInfo.processInfo.environment["RUNRAMP_PYTHON"]

    /// The easy range of a runner with maximum 190 and resting 50 bpm: 134–148 bpm.
    static let zones = EasyHeartRateTarget(anchors: HeartRateAnchors(maximum: 190, resting: 50))

    /// The plans whose workouts are checked, by name, and the heart-rate target they are written with.
    static func plans() -> [(String, Plan, EasyHeartRateTarget?)] {
        var miles = RenderFixtures.options
        miles.units = .miles
        miles.weeks = 2
        var hold = RenderFixtures.options
        hold.backPain = .mild
        var noPace = RenderFixtures.build
        noPace.history.medianPaceSecondsPerKilometer = nil
        return [
            ("build", RenderFixtures.build, nil),
            (
                "miles",
                makePlan(runs: RenderFixtures.history, today: RenderFixtures.day("2026-11-23"), options: miles),
                nil
            ),
            ("nopace", noPace, nil),
            ("return", RenderFixtures.comeback, nil),
            (
                "hold", makePlan(runs: RenderFixtures.history, today: RenderFixtures.day("2026-11-23"), options: hold),
                nil
            ),
            // From scratch: Couch-to-5K weeks 1 to 9 in twelve weeks.
            (
                "c25k", makePlan(runs: [], today: RenderFixtures.day("2026-11-23"), options: PlanOptions(weeks: 12)),
                nil
            ),
            // The runner's zones known: with a pace in the log and without one.
            ("hr", RenderFixtures.build, zones), ("hrnopace", noPace, zones),
        ]
    }

    /// The steps as the plan says them, in the SDK's physical units (independent of the encoder).
    static func expected(
        _ session: Session, pace: EasyPaceTarget?, heartRate: EasyHeartRateTarget? = nil
    ) -> [[String: Any]] {
        func step(_ duration: String, _ value: Double, count: Int? = nil, speed: Bool = false) -> [String: Any] {
            if speed, let heartRate {
                return [
                    "duration": duration, "value": value, "count": count as Any? ?? NSNull(), "target": "heart_rate",
                    "low": Double(heartRate.lowBPM), "high": Double(heartRate.highBPM),
                ]
            }
            return [
                "duration": duration, "value": value, "count": count as Any? ?? NSNull(),
                "target": speed && pace != nil ? "speed" : "open",
                "low": pace.map { 1000 / $0.slowSecondsPerKilometer } as Any? ?? NSNull(),
                "high": pace.map { 1000 / $0.fastSecondsPerKilometer } as Any? ?? NSNull(),
            ]
        }
        var steps: [[String: Any]] = []
        if let warmUp = session.warmUp { steps.append(step("time", Double(warmUp.seconds))) }
        switch session.main {
        case .run(let minutes):
            steps.append(
                session.distanceMeters.map { step("distance", ($0 * 100).rounded() / 100, speed: true) }
                    ?? step("time", Double(minutes * 60), speed: true))
        case .runWalk(let set):
            steps += set.intervals.map { step("time", Double($0.seconds)) }
            if set.repeats > 1 {
                steps.append(step("repeat_until_steps_cmplt", session.warmUp == nil ? 0 : 1, count: set.repeats))
            }
        case .walk, .exercises: break
        }
        if let coolDown = session.coolDown { steps.append(step("time", Double(coolDown.seconds))) }
        return steps
    }

    @Test(.enabled(if: python != nil, "set RUNRAMP_PYTHON to a Python with garmin-fit-sdk and fitdecode"))
    func officialSDKAndFitdecodeReadEveryWorkout() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-workouts-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var expected: [String: Any] = [:]
        var kinds: Set<Session.Kind> = []
        var weeks: Set<Int> = []
        var heartRateSteps = 0
        for (name, plan, heartRate) in Self.plans() {
            let pace = EasyPaceTarget(history: plan.history)
            let runs = plan.datedSessions.filter { $0.session.kind.isRun }
            let workouts = PlanWorkouts.workouts(for: plan, heartRate: heartRate)
            #expect(workouts.count == runs.count, "\(name)")
            for (workout, dated) in zip(workouts, runs) {
                // The speed target is rounded to whole mm/s in the file: expect that rounding.
                var steps = Self.expected(dated.session, pace: pace, heartRate: heartRate)
                heartRateSteps += steps.filter { $0["target"] as? String == "heart_rate" }.count
                for index in steps.indices where steps[index]["target"] as? String == "speed" {
                    let (low, high) = pace.map(\.millimetersPerSecond) ?? (0, 0)
                    steps[index]["low"] = Double(low) / 1000
                    steps[index]["high"] = Double(high) / 1000
                }
                let file = name + "-" + workout.fileName
                expected[file] = steps
                try Data(workout.workout.encoded()).write(to: folder.appendingPathComponent(file))
                kinds.insert(dated.session.kind)
                if case .runWalk(let set) = dated.session.main { weeks.insert(set.week) }
            }
        }
        #expect(kinds == [.easyRun, .longRun, .runWalk])
        #expect(heartRateSteps >= 2 * RenderFixtures.build.datedSessions.filter { $0.session.kind.isRun }.count)
        #expect(weeks == Set(1...9))
        try JSONSerialization.data(withJSONObject: expected).write(to: folder.appendingPathComponent("expected.json"))
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python))
        process.arguments = [root.appendingPathComponent("Scripts/workout_crosscheck.py").path, folder.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("\(expected.count)/\(expected.count) workout files agree"), "\(output)")
        print(String(output.split(separator: "\n").last ?? ""))
    }
}
