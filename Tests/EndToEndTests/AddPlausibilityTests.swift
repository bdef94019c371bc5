import Foundation
import Testing

/// `runramp add` refuses the impossible with one line, unless `--force` (README, "Errors").
@Suite struct AddPlausibilityTests {
    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-add-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: [
        // 5 km in 9:55 is 1:59 /km.
        (
            ["--date", "2026-11-20", "--distance", "5km", "--duration", "9:55"],
            "Error: 5km in 9:55: a pace of 1:59 /km, faster than 2:00 /km; add --force if it is right"
        ),
        (
            ["--date", "2026-11-27", "--distance", "5km", "--duration", "30:00"],
            "Error: date \"2026-11-27\" is after today (2026-11-26); add --force if it is right"
        ),
        (
            ["--date", "2026-11-27 07:00", "--distance", "10km", "--duration", "40:00", "--sport", "treadmill"],
            "Error: date \"2026-11-27 07:00\" is after today (2026-11-26); add --force if it is right"
        ),
    ])
    func theImpossibleIsRefusedInOneLineAndForceAddsIt(arguments: [String], message: String) throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("log.sqlite").path
        let refused = try runRamp(["add", "--db", db, "--today", "2026-11-26"] + arguments)
        #expect(refused.status == 1)
        #expect(refused.stderr == message + "\n")
        #expect(!FileManager.default.fileExists(atPath: db), "a refused run must not create the log")
        let forced = try runRamp(["add", "--db", db, "--today", "2026-11-26", "--force"] + arguments)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.hasPrefix("Added "))
    }

    @Test func theFastestPlausiblePaceAndTodayAreAccepted() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("log.sqlite").path
        // 2:00 /km (9:58 for 5 km is 1:59.6, printed and judged as 2:00), on today's date; and a bike ride at 60 km/h, which has no running pace.
        let fast = try runRamp([
            "add", "--db", db, "--today", "2026-11-26", "--date", "2026-11-26", "--distance", "5km", "--duration",
            "9:58",
        ])
        #expect(fast.status == 0, "\(fast.stderr)")
        let ride = try runRamp([
            "add", "--db", db, "--today", "2026-11-26", "--date", "2026-11-25", "--distance", "60km", "--duration",
            "1:00:00",
            "--sport", "cycling",
        ])
        #expect(ride.status == 0, "\(ride.stderr)")
    }
}
