import Foundation
import Testing

/// `runramp edit` takes the values every other way into the log takes (PlausibleValues, docs/log.md):
/// up to 2,000 km and 30 days, no more. Before, it had its own, tighter bounds (1,000 km, 7 days).
@Suite struct EditBoundsCLITests {
    @Test func editAcceptsWhatAnImportAcceptsAndRefusesWhatItRefuses() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-edit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = ["--db", dir.appendingPathComponent("log.sqlite").path]
        let added = try runRamp(
            ["add", "--date", "2026-10-03", "--distance", "5km", "--duration", "30:00", "--today", "2026-11-24"] + db)
        #expect(added.status == 0, "\(added.stderr)")
        let id = try #require(try runRamp(["runs"] + db).stdout.split(separator: " ").first.map(String.init))

        let longest = try runRamp(["edit", id, "--distance", "1500km", "--duration", "240:00:00"] + db)
        #expect(longest.status == 0, "\(longest.stderr)")
        #expect(try runRamp(["runs"] + db).stdout.contains("1500.00 km"))

        let tooFar = try runRamp(["edit", id, "--distance", "2001km"] + db)
        #expect(tooFar.status == 1)
        #expect(tooFar.stderr == "Error: --distance 2001km: expected a distance such as 5km, 3.1mi or 800m\n")
        let tooLong = try runRamp(["edit", id, "--duration", "721:00:00"] + db)
        #expect(tooLong.status == 1)
        #expect(tooLong.stderr == "Error: --duration 721:00:00: expected a time such as 31:20 or 1:02:03\n")
        #expect(try runRamp(["runs"] + db).stdout.contains("1500.00 km"), "a refused edit changes nothing")
    }
}
