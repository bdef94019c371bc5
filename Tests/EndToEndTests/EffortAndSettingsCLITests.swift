import Foundation
import Testing

/// `checkin --rpe`, `add --rpe` and `settings --trimp-constants` through the binary: the messages of
/// docs/errors.md, nothing stored on a refusal, and the stored effort in `runs --json`.
@Suite struct EffortAndSettingsCLITests {
    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-effort-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: [
        (["checkin", "--rpe", "11"], "Error: --rpe 11: expected an effort from 1 (very easy) to 10 (maximal)"),
        (
            ["add", "--date", "2026-11-20", "--distance", "5km", "--duration", "30:00", "--rpe", "0"],
            "Error: --rpe 0: expected an effort from 1 (very easy) to 10 (maximal)"
        ),
        (
            ["settings", "--trimp-constants", "both"],
            "Error: --trimp-constants both: expected standard (or male) or alternative (or female)"
        ),
        (["settings", "--max-hr", "300"], "Error: --max-hr 300.0: expected a heart rate between 25 and 240 bpm"),
        (
            ["settings", "--max-hr", "150", "--rest-hr", "160"],
            "Error: resting heart rate 160 must be below the maximum 150"
        ),
        (["why", "--weeks", "60"], "Error: --weeks 60: expected 2 to 52"),
    ])
    func aRefusalIsOneLineAndStoresNothing(arguments: [String], message: String) throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("log.sqlite").path
        let refused = try runRamp(arguments + ["--db", db, "--today", "2026-11-26"])
        #expect(refused.status == 1)
        #expect(refused.stderr == message + "\n")
        #expect(!FileManager.default.fileExists(atPath: db), "a refusal must not create the log")
    }

    @Test func effortsAreNotedAndBecomeTheLoadOfRunsWithoutHeartRate() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("log.sqlite").path
        let early = try runRamp(["checkin", "--rpe", "6", "--db", db, "--today", "2026-11-20"])
        #expect(early.status == 0, "\(early.stderr)")
        #expect(
            early.stdout
                == "Effort 6 of 10 noted for 2026-11-20: it counts for that day's last run once it is in the log.\n")
        let added = try runRamp([
            "add", "--date", "2026-11-20 18:00", "--distance", "5km", "--duration", "30:00", "--rpe", "4", "--db", db,
            "--today", "2026-11-26",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(
            added.stdout.hasSuffix("Effort 4 of 10 noted for the run of 5.00 km on 2026-11-20.\n"), "\(added.stdout)")
        let both = try runRamp(["checkin", "--rpe", "7", "--back-pain", "none", "--db", db, "--today", "2026-11-20"])
        #expect(both.status == 0, "\(both.stderr)")
        #expect(
            both.stdout.hasPrefix(
                "Effort 7 of 10 noted for the run of 5.00 km on 2026-11-20.\nChecked in for 2026-11-20"))
        // The newest effort for the run counts: 7 × 30 minutes.
        let json = try runRamp(["runs", "--json", "--db", db, "--today", "2026-11-26"])
        #expect(json.stdout.contains("\"rpe\" : 7"), "\(json.stdout)")
        #expect(json.stdout.contains("\"session_rpe_load\" : 210") && json.stdout.contains("\"load\" : 210"))
        #expect(json.stdout.contains("\"trimp\" : null"))
        let settings = try runRamp(["settings", "--trimp-constants", "female", "--db", db, "--today", "2026-11-26"])
        #expect(settings.status == 0, "\(settings.stderr)")
        #expect(settings.stdout.hasSuffix(", TRIMP constants 0.86 and 1.67 (your choice)\n"), "\(settings.stdout)")
    }
}
