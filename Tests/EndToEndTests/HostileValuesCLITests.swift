import Foundation
import Testing
import TrainingLog

/// Files and stored rows with values no body or watch produces: refused or dropped at import with
/// a line naming the file, skipped with a note when read, and never a crash of a later command.
@Suite struct HostileValuesCLITests {
    static let start = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18

    /// A one-lap TCX whose lap totals are `time` and `distance` (text as written in the file).
    static func tcx(time: String, distance: String, day: Int, id: String? = nil) -> String {
        let start = Self.start.addingTimeInterval(Double(day) * 86_400)
        let id = id ?? ReaderProbe.iso(start)
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
            <Activities><Activity Sport="Running"><Id>\(id)</Id>
            <Lap StartTime="\(id)"><TotalTimeSeconds>\(time)</TotalTimeSeconds><DistanceMeters>\(distance)</DistanceMeters><Track>
            """
        for i in 0..<20 {
            text += "<Trackpoint><Time>\(ReaderProbe.iso(start.addingTimeInterval(Double(i) * 10)))</Time>"
            text +=
                "<Position><LatitudeDegrees>\(47.0 + Double(i) * 0.0003)</LatitudeDegrees><LongitudeDegrees>8.0</LongitudeDegrees></Position></Trackpoint>"
        }
        return text + "</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n"
    }

    /// A GPX track whose points carry `extra` inside <trkpt> (after the time) and start at `time`.
    static func gpx(extra: String, day: Int) -> String {
        let start = Self.start.addingTimeInterval(Double(day) * 86_400)
        var text =
            "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"e2e\" xmlns=\"http://www.topografix.com/GPX/1/1\" xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\"><trk><type>running</type><trkseg>"
        for i in 0..<20 {
            let stamp = ReaderProbe.iso(start.addingTimeInterval(Double(i) * 10))
            text +=
                "<trkpt lat=\"\(47 + Double(i) * 0.0003)\" lon=\"8\">\(extra.hasPrefix("<ele") ? extra : "")<time>\(stamp)</time>"
            if !extra.hasPrefix("<ele") { text += extra }
            text += "</trkpt>"
        }
        return text + "</trkseg></trk></gpx>"
    }

    /// (file name, contents, what the import must say about it: a line starting with the part
    /// before "|" (FILE is the file's path) and holding the part after it).
    static let files: [(String, String, String)] = [
        (
            "lap-distance.tcx", tcx(time: "190", distance: "1e300", day: 0),
            "failed: FILE: |distance 1e+300 m is more than 2000 km"
        ),
        (
            "lap-time.tcx", tcx(time: "1e300", distance: "1000", day: 1),
            "failed: FILE: |elapsed time 1e+300 s is more than 30 days"
        ),
        (
            "lap-both.tcx", tcx(time: "1e300", distance: "1e300", day: 2),
            "failed: FILE: |elapsed time 1e+300 s is more than 30 days"
        ),
        (
            "far-future.tcx", tcx(time: "190", distance: "1000", day: 3, id: "9999-12-31T00:00:00Z"),
            "failed: FILE: |start time 9999-12-31 00:00 UTC is not between 1900 and 2100"
        ),
        (
            "heart.gpx",
            gpx(
                extra:
                    "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>1e20</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>",
                day: 4),
            "note: FILE: |20 track point heart rates dropped (impossible values)"
        ),
        (
            "cadence.gpx",
            gpx(
                extra:
                    "<extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>1e9</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>",
                day: 5),
            "note: FILE: |20 track point cadences dropped (impossible values)"
        ),
        (
            "elevation.gpx", gpx(extra: "<ele>1e30</ele>", day: 6),
            "note: FILE: |20 track point elevations dropped (impossible values)"
        ),
        ("negative.tcx", tcx(time: "-5", distance: "-100", day: 7), "note: FILE: |read as 0"),
        // The TCX reader reads no number from "NaN" or "inf": the lap has no totals, the track counts
        // (imported without a line of its own: the summary's count below).
        ("nan.tcx", tcx(time: "NaN", distance: "inf", day: 8), ""),
    ]

    @Test func hostileValuesAreRefusedOrDroppedAndEveryLaterCommandWorks() throws {
        let folder = try ReaderProbe.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for (name, text, _) in Self.files { try Data(text.utf8).write(to: inputs.appendingPathComponent(name)) }
        let db = folder.appendingPathComponent("log.sqlite").path

        let imported = try runRamp(["import", inputs.path, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        let lines = imported.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "9 files seen: 5 imported, 0 already known, 0 duplicates, 0 not activities, 4 failed")
        for (name, _, expected) in Self.files where !expected.isEmpty {
            let parts = expected.replacingOccurrences(of: "FILE", with: inputs.appendingPathComponent(name).path)
                .split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            #expect(
                lines.contains { $0.hasPrefix(parts[0]) && $0.contains(parts[1]) },
                "\(name): no line \(parts) in\n\(imported.stdout)")
        }
        try expectEveryCommandWorks(db: db)
    }

    /// Rows written straight into the log file (as another program could): each unusable row is
    /// skipped with one note on stderr, the others are listed, counted and planned from.
    @Test func storedRowsNoRunCanHaveAreSkippedByEveryCommand() throws {
        let folder = try ReaderProbe.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("log.sqlite").path
        for day in ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"] {
            let added = try runRamp(["add", "--db", db, "--date", day, "--distance", "5km", "--duration", "30:00"])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let ids = try SQLiteFile.texts("SELECT id FROM run ORDER BY startTime", at: db)
        try SQLiteFile.execute(
            """
            BEGIN;
            UPDATE run SET startTime = 1e300 WHERE id = \(SQLiteFile.literal(ids[0]));
            UPDATE run SET distanceMeters = 1e300 WHERE id = \(SQLiteFile.literal(ids[1]));
            UPDATE run SET utcOffsetSeconds = 1e300, averageHeartRate = 1e20 WHERE id = \(SQLiteFile.literal(ids[2]));
            COMMIT;
            """, at: db)

        let runs = try runRamp(["runs", "--db", db])
        #expect(runs.status == 0, "\(runs.stderr)")
        #expect(runs.stdout.split(separator: "\n").count == 3)  // the header and two runs
        let notes = runs.stderr.split(separator: "\n").map(String.init)
        #expect(notes.count == 3, "\(runs.stderr)")
        #expect(notes.allSatisfy { $0.hasPrefix("runramp: note: \(db): run ") && $0.hasSuffix("; skipped") })
        try expectEveryCommandWorks(db: db)
    }

    @Test func aRunTypedByHandPastTheBoundsIsNotAdded() throws {
        let folder = try ReaderProbe.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("log.sqlite").path
        let result = try runRamp([
            "add", "--db", db, "--date", "1850-01-01", "--distance", "5km", "--duration", "30:00",
        ])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: not added: start time 1850-01-01 12:00 UTC is not between 1900 and 2100\n")
        #expect(try runRamp(["runs", "--db", db]).stdout.isEmpty)
    }

    func expectEveryCommandWorks(db: String) throws {
        for arguments in [
            ["runs"], ["runs", "--json"], ["weeks", "--today", "2026-11-26"], ["plan", "--today", "2026-11-26"],
            ["plan", "--today", "2026-11-26", "--format", "json"],
        ] {
            let result = try runRamp(arguments + ["--db", db])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
    }
}
