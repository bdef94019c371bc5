import Foundation
import Testing

/// `runramp edit` through the binary: a correction prints the run as `runs` shows it, a refused one is
/// one line with status 1 and changes nothing. The bounds and every refusal are tested in-process
/// (`RunEntryUseCaseTests`).
@Suite struct EditBoundsCLITests {
    @Test func anEditIsPrintedAndARefusedOneChangesNothing() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-edit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = ["--db", dir.appendingPathComponent("log.sqlite").path]
        let added = try runRamp(
            ["add", "--date", "2026-10-03", "--distance", "5km", "--duration", "30:00", "--today", "2026-11-24"] + db)
        #expect(added.status == 0, "\(added.stderr)")
        // The line after the header starts with the run's id.
        let line = try #require(try runRamp(["runs"] + db).stdout.split(separator: "\n").dropFirst().first)
        let id = try #require(line.split(separator: " ").first.map(String.init))

        let longest = try runRamp(["edit", id, "--distance", "1500km", "--duration", "240:00:00"] + db)
        #expect(longest.status == 0, "\(longest.stderr)")
        #expect(
            longest.stdout.hasPrefix("Edited 2026-10-03  running    1500.00 km  240:00:00    9:36 /km"),
            "\(longest.stdout)")
        let tooFar = try runRamp(["edit", id, "--distance", "2001km"] + db)
        #expect(tooFar.status == 1)
        #expect(tooFar.stderr == "Error: --distance 2001km: expected a distance such as 5km, 3.1mi or 800m\n")
        #expect(try runRamp(["runs"] + db).stdout.contains("1500.00 km"), "a refused edit changes nothing")
    }
}
