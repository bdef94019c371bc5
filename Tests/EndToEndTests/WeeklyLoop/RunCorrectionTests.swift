import Foundation
import Testing

/// `runramp remove`, `edit`, `exclude`, `include` and the ids `runs` shows, end to end.
@Suite struct RunCorrectionTests {
    final class Scratch {
        let folder: URL
        let db: String
        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-fix-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            db = folder.appendingPathComponent("log.sqlite").path
        }
        deinit { try? FileManager.default.removeItem(at: folder) }

        func runramp(_ arguments: [String]) throws -> CLIResult { try runRamp(arguments + ["--db", db]) }

        /// The runs listed: id, day and distance column of each line.
        func listed() throws -> [(id: String, day: String, distance: String)] {
            try runramp(["runs"]).stdout.split(separator: "\n").dropFirst().map { line in
                let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                return (fields[0], fields[1], fields[3] + " " + fields[4])
            }
        }
    }

    /// A folder with three runs: 5 km on 2026-11-17, 8 km on 2026-11-19 and a 42 km "glitch" on 2026-11-21.
    static func folderWithRuns(in scratch: Scratch) throws -> URL {
        let folder = scratch.folder.appendingPathComponent("watch")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (day, meters) in [("2026-11-17", 5_000.0), ("2026-11-19", 8_000.0), ("2026-11-21", 42_000.0)] {
            try Data(TrackWriter.gpx(meters: meters, day: day, name: "Run").utf8).write(
                to: folder.appendingPathComponent("\(day).gpx"))
        }
        return folder
    }

    @Test func aRemovedRunStaysRemovedWhenItsFolderIsImportedAgain() throws {
        let scratch = try Scratch()
        let folder = try Self.folderWithRuns(in: scratch)
        #expect(try scratch.runramp(["import", folder.path, "--quiet"]).status == 0)
        let runs = try scratch.listed()
        #expect(runs.map(\.day) == ["2026-11-17", "2026-11-19", "2026-11-21"])
        #expect(runs.allSatisfy { $0.id.count == 8 && $0.id.allSatisfy(\.isHexDigit) })
        let glitch = runs[2].id
        let removed = try scratch.runramp(["remove", String(glitch.prefix(5))])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.hasPrefix("Removed 2026-11-21"))
        #expect(try scratch.listed().map(\.day) == ["2026-11-17", "2026-11-19"])
        #expect(try scratch.runramp(["import", folder.path, "--quiet"]).status == 0)
        #expect(try scratch.listed().map(\.day) == ["2026-11-17", "2026-11-19"])
        // Gone for good: its id names nothing now.
        let again = try scratch.runramp(["remove", glitch])
        #expect(again.status != 0)
        #expect(again.stderr.contains("\(glitch): no run has this id (see `runramp runs`)"))
    }

    @Test func anExcludedRunIsListedButNotCountedUntilIncluded() throws {
        let scratch = try Scratch()
        let folder = try Self.folderWithRuns(in: scratch)
        _ = try scratch.runramp(["import", folder.path, "--quiet"])
        let glitch = try scratch.listed()[2].id
        func weekTotal() throws -> String {
            try scratch.runramp(["weeks", "--today", "2026-11-22", "--weeks", "1"]).stdout
        }
        let before = try weekTotal()
        #expect(before.contains("55.0 km  3 runs"), "\(before)")
        #expect(try scratch.runramp(["exclude", glitch]).status == 0)
        let line = try scratch.runramp(["runs"]).stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(line.hasPrefix(glitch) && line.hasSuffix("(excluded)"))
        let excluded = try weekTotal()
        #expect(excluded != before)
        #expect(excluded.contains("13.0 km  2 runs"), "\(excluded)")
        #expect(try scratch.runramp(["include", glitch]).status == 0)
        #expect(try weekTotal() == before)
    }

    @Test func anEditedRunKeepsItsCorrectionAcrossAReimport() throws {
        let scratch = try Scratch()
        let folder = try Self.folderWithRuns(in: scratch)
        _ = try scratch.runramp(["import", folder.path, "--quiet"])
        let glitch = try scratch.listed()[2].id
        let edited = try scratch.runramp([
            "edit", glitch, "--distance", "12km", "--duration", "1:10:00", "--date", "2026-11-22",
        ])
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(
            edited.stdout
                == "Edited 2026-11-22  running      12.00 km   1:10:00    5:50 /km          started 08:00 UTC+01:00\n")
        _ = try scratch.runramp(["import", folder.path, "--quiet"])
        let last = try #require(try scratch.listed().last)
        #expect(last.day == "2026-11-22")
        #expect(last.distance == "12.00 km")
    }

    @Test(arguments: [
        (["edit", "0"], "say what to change: --sport, --distance, --duration or --date"),
        (["edit", "0", "--distance", "-3km"], "--distance -3km: expected a distance such as 5km, 3.1mi or 800m"),
        (["edit", "0", "--sport", "rowing"], "--sport rowing: expected one of"),
        (["edit", "0", "--date", "22.11.2026"], "--date 22.11.2026: expected YYYY-MM-DD"),
        (["remove", "zz"], "zz: no run has this id (see `runramp runs`)"),
        (["checkin"], "say how your back feels: --back-pain none, mild or persistent"),
        (["checkin", "--back-pain", "some"], "--back-pain some: expected none, mild or persistent"),
        (["review", "--week", "monday"], "--week monday: expected YYYY-MM-DD"),
    ])
    func badValuesAreReportedInOneLine(arguments: [String], message: String) throws {
        let scratch = try Scratch()
        let result = try scratch.runramp(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func anAmbiguousStartNamesTheCandidates() throws {
        let scratch = try Scratch()
        // Seventeen runs: two of them must share their first hex digit.
        for day in 1...17 {
            let added = try scratch.runramp([
                "add", "--date", "2026-10-\(day < 10 ? "0" : "")\(day)", "--distance", "5km", "--duration", "30:00",
            ])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let ids = try scratch.listed().map(\.id)
        let shared = try #require(Dictionary(grouping: ids, by: { $0.prefix(1) }).first { $0.value.count > 1 })
        let result = try scratch.runramp(["exclude", String(shared.key)])
        #expect(result.status != 0)
        #expect(result.stderr.contains("several runs start with this id: "))
        for id in shared.value { #expect(result.stderr.contains(id)) }
    }
}
