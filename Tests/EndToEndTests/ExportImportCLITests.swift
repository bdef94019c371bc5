import Foundation
import TestSupport
import Testing

/// The three exports runners download (built by Scripts/make_export_samples.py in their real zip
/// layout) imported with one `runramp import` each, as downloaded: every run checked by `runramp runs`
/// (local day, sport, distance), then a second import that adds nothing.
@Suite(
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs python3 to build the exports")
)
struct ExportImportCLITests {
    /// Builds the exports into a new folder.
    static func samples() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-exports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [packageRoot.appendingPathComponent("Scripts/make_export_samples.py").path, folder.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return folder
    }

    /// Imports `archive` into a new log; returns the summary's first line and the `runs` lines as
    /// (day, sport, distance).
    static func importAndList(_ archive: URL, in folder: URL) throws -> (summary: String, runs: [[String]], db: String)
    {
        let db = folder.appendingPathComponent(archive.lastPathComponent + ".sqlite").path
        // Manual entries carry no zone: the user's (UTC here) places them.
        let result = try runRamp(["import", archive.path, "--db", db, "--quiet"], environment: ["TZ": "UTC"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let listing = try runRamp(["runs", "--db", db], environment: ["TZ": "UTC"])
        let runs = listing.stdout.split(separator: "\n").dropFirst().map { line in
            // After the header: the run's id first, then day, sport, distance and unit.
            Array(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().prefix(4).map(String.init))
        }
        return (String(result.stdout.split(separator: "\n").first ?? ""), runs, db)
    }

    /// Builds the exports, imports `name` and checks the summary, each run and a second import.
    static func check(_ name: String, summary expected: String, runs expectedRuns: [String], again: String) throws {
        let folder = try samples()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent(name)
        let (summary, runs, db) = try importAndList(archive, in: folder)
        #expect(summary == expected)
        #expect(runs.map { $0.joined(separator: " ") } == expectedRuns)
        let second = try runRamp(["import", archive.path, "--db", db, "--quiet"], environment: ["TZ": "UTC"])
        #expect(second.stdout.hasPrefix(again), "\(second.stdout)")
    }

    /// One export and what importing it must give.
    struct Expectation: Sendable, CustomTestStringConvertible {
        var archive: String
        var summary: String
        var runs: [String]
        var again: String
        var testDescription: String { archive }
    }

    static let expectations = [
        // Strava: a .tcx.gz with whitespace before <?xml, a ride, two manual entries.
        Expectation(
            archive: "export_12345.zip",
            summary:
                "4 files seen: 4 imported (2 manual entries), 0 already known, 0 duplicates, 1 not activities, 0 failed",
            runs: [
                "2024-03-01 running 18.00 km", "2024-03-02 cycling 8.00 km", "2024-03-04 treadmill 5.01 km",
                "2024-03-05 running 10.00 km",
            ],
            again: "4 files seen: 0 imported, 4 already known"),
        // Garmin: the brick's legs (UTC+1 in the file) each with their sport; the TCX's two activities.
        Expectation(
            archive: "garmin.zip",
            summary: "4 files seen: 5 imported, 0 already known, 0 duplicates, 2 not activities, 0 failed",
            runs: [
                "2024-03-11 running 3.00 km", "2024-03-11 cycling 20.00 km", "2024-03-11 running 2.00 km",
                "2024-03-12 running 5.00 km", "2024-03-13 running 8.00 km",
            ],
            again: "4 files seen: 0 imported, 2 already known"),
        // Apple Health: export.xml's 3 workouts (the route is the outdoor run's track, not a run of its own)
        // and export_cda.xml. The treadmill run started 23:30 on Friday in California (-0800): Saturday in
        // UTC, Friday here.
        Expectation(
            archive: "export.zip",
            summary: "2 files seen: 3 imported, 0 already known, 0 duplicates, 1 not activities, 0 failed",
            // The treadmill run (4.98x km) is cut, not rounded, to 4.98 km: the one display rule of every command.
            runs: ["2024-01-05 treadmill 4.98 km", "2024-02-01 cycling 40.00 km", "2024-03-10 running 10.20 km"],
            again: "2 files seen: 0 imported, 3 already known"),
    ]

    @Test(arguments: expectations)
    func exportImportsAsDownloaded(_ expected: Expectation) throws {
        try Self.check(expected.archive, summary: expected.summary, runs: expected.runs, again: expected.again)
    }
}
