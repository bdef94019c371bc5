import Foundation
import Testing

/// `runramp import` then `runs` and `weeks`: a run counts on the local day it was run, whatever the
/// file's clock (docs/local-dates.md).
@Suite(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/Australia/Sydney"), "needs tzdata"))
struct LocalDatesCLITests {
    /// Ten points 10 s apart near (`latitude`, `longitude`), times as `times(i)` writes them.
    static func gpx(latitude: Double, longitude: Double, times: (Int) -> String) -> String {
        var out =
            "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"t\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><type>running</type><trkseg>\n"
        for i in 0..<10 {
            out +=
                "<trkpt lat=\"\(latitude + Double(i) * 0.0003)\" lon=\"\(longitude)\"><time>\(times(i))</time></trkpt>\n"
        }
        return out + "</trkseg></trk></gpx>\n"
    }

    @Test func aMondayMorningInSydneyIsListedAndCountedOnMonday() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("local-dates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // 06:00 AEDT (UTC+11) on Monday 2026-03-02 is 19:00 UTC on Sunday 2026-03-01; the file says only UTC.
        try Data(
            Self.gpx(latitude: -33.8688, longitude: 151.2093) { "2026-03-01T19:00:\(String(format: "%02d", $0 * 5))Z" }
                .utf8
        )
        .write(to: dir.appendingPathComponent("sydney.gpx"))
        // 19:00 PST (UTC−8) on Sunday 2026-03-01 is 03:00 UTC on Monday 2026-03-02; written with its offset.
        try Data(
            Self.gpx(latitude: 34.0522, longitude: -118.2437) {
                "2026-03-01T19:00:\(String(format: "%02d", $0 * 5))-08:00"
            }.utf8
        )
        .write(to: dir.appendingPathComponent("california.gpx"))
        let db = dir.appendingPathComponent("log.sqlite").path
        // The user's zone (Berlin) plays no part: both files have a place or an offset.
        let imported = try runRamp(["import", "--db", db, "--quiet", dir.path], environment: ["TZ": "Europe/Berlin"])
        #expect(imported.status == 0, "\(imported.stderr)")
        // Each line starts with the run's short id; the rest is the run.
        let lines = try runRamp(["runs", "--db", db, "--today", "2026-03-10"]).stdout.split(separator: "\n").dropFirst()
            .map {
                String($0.drop { $0 != " " }.drop { $0 == " " })
            }
        #expect(lines.count == 2)
        // In the order they were run (Sydney's Monday morning came first), each on its own local day.
        #expect(lines[0].hasPrefix("2026-03-02  running") && lines[0].hasSuffix("started 06:00 UTC+11:00"), "\(lines)")
        #expect(lines[1].hasPrefix("2026-03-01  running") && lines[1].hasSuffix("started 19:00 UTC-08:00"), "\(lines)")
        let weeks = try runRamp(["weeks", "--db", db, "--weeks", "2", "--today", "2026-03-03"]).stdout.split(
            separator: "\n")
        #expect(weeks.count == 3)
        #expect(weeks[0].hasPrefix("week of "), "\(weeks)")
        #expect(weeks[1].hasPrefix("2026-02-23  ") && weeks[1].contains("1 run "), "\(weeks)")
        #expect(
            weeks[2].hasPrefix("2026-03-02  ") && weeks[2].contains("1 run ")
                && weeks[2].hasSuffix("(this week so far)"))
    }
}
