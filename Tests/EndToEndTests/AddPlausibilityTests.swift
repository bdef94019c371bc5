import Foundation
import Testing

/// `runramp add` through the binary: a refusal is one line on stderr with status 1 and creates no
/// log, `--force` adds the run. Every refusal's wording is tested in-process (`RunEntryUseCaseTests`).
@Suite struct AddPlausibilityTests {
    @Test func aRefusalIsOneLineAndForceAddsTheRun() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-add-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("log.sqlite").path
        // 5 km in 9:55 is 1:59 /km.
        let arguments = ["add", "--db", db, "--today", "2026-11-26", "--date", "2026-11-20", "--distance", "5km"]
        let refused = try runRamp(arguments + ["--duration", "9:55"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "Error: 5km in 9:55: a pace of 1:59 /km, faster than 2:00 /km; add --force if it is right\n")
        #expect(refused.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: db), "a refused run must not create the log")
        let forced = try runRamp(arguments + ["--duration", "9:55", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout == "Added 2026-11-20 running 5.00 km in 9:55 (1:59 /km)\n")
    }
}
