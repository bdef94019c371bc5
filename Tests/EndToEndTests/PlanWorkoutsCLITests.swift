import Foundation
import TestSupport
import Testing

/// `runramp plan --workouts DIR` then `runramp inspect` of a written workout, as a user runs them; the
/// folder refused when it is the training log. (The export's rules are tested in-process in UseCasesTests.)
@Suite struct PlanWorkoutsCLITests {
    @Test func writesWorkoutsThatInspectReadsBack() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-wkt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = dir.appendingPathComponent("log.sqlite").path
        let workouts = dir.appendingPathComponent("workouts")
        let plan = try runRamp([
            "plan", packageRoot.appendingPathComponent("SampleTracks").path, "--today", "2026-11-24", "--weeks", "2",
            "-o", dir.appendingPathComponent("plan.md").path, "--workouts", workouts.path, "--db", log,
        ])
        #expect(plan.status == 0, "\(plan.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: workouts.path).filter { $0.hasSuffix(".fit") }
            .sorted()
        #expect(!files.isEmpty)
        #expect(
            plan.stderr.contains(
                "\(workouts.path): \(files.count) workout files (\(files.count) written, 0 changed, 0 removed)"))
        let index = try String(contentsOf: workouts.appendingPathComponent("index.md"), encoding: .utf8)
        for file in files { #expect(index.contains("[\(file)](\(file))")) }

        let first = try #require(files.first)
        let inspect = try runRamp(["inspect", "--json", workouts.appendingPathComponent(first).path])
        #expect(inspect.status == 0, "\(inspect.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(inspect.stdout.utf8)) as? [String: Any])
        #expect(object["file_type"] as? String == "workout")
        #expect(object["manufacturer"] as? String == "development")
        let workout = try #require(object["workout"] as? [String: Any])
        let steps = try #require(workout["steps"] as? [[String: Any]])
        #expect(steps.first?["name"] as? String == "Warm-up")
        #expect(steps.first?["duration"] as? Double == 600)
        #expect(steps.first?["intensity"] as? String == "warmup")
        #expect(steps.last?["name"] as? String == "Cool-down")
        #expect(steps.map { $0["message_index"] as? Int } == steps.indices.map { $0 })
        let text = try runRamp(["inspect", workouts.appendingPathComponent(first).path])
        #expect(text.stdout.contains("0. Warm-up: 10:00"), "\(text.stdout)")

        // Again: nothing new, nothing changed.
        let again = try runRamp([
            "plan", "--today", "2026-11-24", "--weeks", "2", "--workouts", workouts.path, "--db", log,
        ])
        #expect(
            again.stderr.contains("\(files.count) workout files (0 written, 0 changed, 0 removed)"), "\(again.stderr)")

        let refused = try runRamp(["plan", "--today", "2026-11-24", "--workouts", log, "--db", log])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--workouts \(log): that is the training log"), "\(refused.stderr)")
    }
}
