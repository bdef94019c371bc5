import Foundation
import TestSupport
import Testing

/// Real GPX/TCX files through the built `runramp` and the real log: duplicates across formats
/// stored once with the richer kept, exact counts, and a re-import that reads nothing new.
@Suite
struct ImportArchiveCLITests {
    static let start = Date(timeIntervalSince1970: 1_760_000_000)

    static func temporaryFolder() throws -> URL { try ReaderProbe.temporaryFolder() }
    static func gpx(start: Date, meters: Double, heartRate: Bool) -> String {
        ReaderProbe.gpx(start: start, meters: meters, heartRate: heartRate)
    }

    struct RunLine: Decodable {
        var id: String
        var distanceMeters: Double
        var averageHeartRate: Double?
        var source: Source
        struct Source: Decodable { var path: String }
    }

    @Test func duplicatesAcrossFilesAreStoredOnceWithTheRicherKept() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("log/log.sqlite").path
        // 100 runs on different days; for every 10th, a second recording without heart rate (poorer,
        // listed first so the richer one arrives second and must take its place).
        for i in 0..<100 {
            let day = Self.start.addingTimeInterval(Double(i) * 86_400)
            try Data(Self.gpx(start: day, meters: 6_000, heartRate: true).utf8).write(
                to: folder.appendingPathComponent("b-run\(i).gpx"))
            if i % 10 == 0 {
                try Data(Self.gpx(start: day.addingTimeInterval(-60), meters: 6_100, heartRate: false).utf8)
                    .write(to: folder.appendingPathComponent("a-phone\(i).gpx"))
            }
        }
        try Data("<gpx><trk><trkseg><trkpt lat=\"1\"".utf8).write(to: folder.appendingPathComponent("c-broken.gpx"))
        let first = try runRamp(["import", folder.path, "--db", db, "--json", "--quiet"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("\"files_seen\" : 111"))
        #expect(first.stdout.contains("\"imported\" : 100"))
        #expect(first.stdout.contains("\"duplicates\" : 10"))
        #expect(first.stdout.contains("c-broken.gpx"))

        let runs = try decodeRunsDocument(RunLine.self, from: try runRamp(["runs", "--db", db, "--json"]).stdout)
        #expect(runs.count == 100)
        #expect(runs.allSatisfy { $0.averageHeartRate == 150 && $0.source.path.contains("b-run") })

        let second = try runRamp(["import", folder.path, "--db", db, "--json", "--quiet"])
        #expect(second.stdout.contains("\"already_known\" : 110"))
        #expect(second.stdout.contains("\"imported\" : 0"))
    }
}

/// Temporary folders and generated GPX text for the CLI import tests.
enum ReaderProbe {
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func iso(_ date: Date) -> String {
        let s = Int(date.timeIntervalSince1970)
        return ImportCLITests.isoDay(daysSinceEpoch: s / 86_400)
            + String(format: "T%02d:%02d:%02dZ", s % 86_400 / 3_600, s % 3_600 / 60, s % 60)
    }

    static func gpx(start: Date, meters: Double, heartRate: Bool) -> String {
        var text =
            "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"e2e\" xmlns=\"http://www.topografix.com/GPX/1/1\" xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\"><trk><type>running</type><trkseg>"
        for i in 0..<50 {
            text +=
                "<trkpt lat=\"\(47 + Double(i) * meters / 49 / 111_195)\" lon=\"8\"><time>\(iso(start.addingTimeInterval(Double(i) * 30)))</time>"
            if heartRate {
                text +=
                    "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>150</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>"
            }
            text += "</trkpt>"
        }
        return text + "</trkseg></trk></gpx>"
    }

}

/// The demo history in SampleTracks/: exact counts, and the watch recording kept over the phone's.
@Suite struct SampleTracksImportTests {
    @Test func sampleTracksImportWithTheWatchRecordingKept() throws {
        let folder = try ReaderProbe.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("log.sqlite").path
        let result = try runRamp([
            "import", packageRoot.appendingPathComponent("SampleTracks").path, "--db", db, "--quiet",
        ])
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix(
                "41 files seen: 39 imported, 0 already known, 1 duplicates, 1 not activities, 0 failed"))
        let runs = try runRamp(["runs", "--db", db, "--since", "2026-11-19", "--json"]).stdout
        #expect(runs.contains("2026-11-19-run-watch.fit"))
        #expect(!runs.contains("2026-11-19-run-phone.gpx"))
    }
}

/// A zipped export through the real CLI and log: imported in place, then recognised unread.
@Suite struct ZipImportCLITests {
    @Test func aZippedExportImportsAndReimportsAsKnown() throws {
        let folder = try ReaderProbe.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for i in 0..<5 {
            let start = Date(timeIntervalSince1970: 1_760_000_000 + Double(i) * 86_400)
            try Data(ReaderProbe.gpx(start: start, meters: 5_000, heartRate: true).utf8).write(
                to: input.appendingPathComponent("\(i).gpx"))
        }
        let archive = folder.appendingPathComponent("export.zip")
        let zip = Process()
        zip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        zip.arguments = [
            "python3", "-c", "import shutil, sys; shutil.make_archive(sys.argv[1], 'zip', sys.argv[2])",
            archive.deletingPathExtension().path, input.path,
        ]
        try zip.run()
        zip.waitUntilExit()
        try #require(zip.terminationStatus == 0, "python3 could not write the zip")
        let db = folder.appendingPathComponent("log.sqlite").path
        let first = try runRamp(["import", archive.path, "--db", db, "--quiet"])
        #expect(first.stdout.hasPrefix("5 files seen: 5 imported, 0 already known"))
        let second = try runRamp(["import", archive.path, "--db", db, "--quiet"])
        #expect(second.stdout.hasPrefix("5 files seen: 0 imported, 5 already known"))
        #expect(try runRamp(["runs", "--db", db]).stdout.split(separator: "\n").count == 6)  // the header and 5 runs
    }
}
