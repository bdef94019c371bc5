import Foundation
import GPX
import RunModel
import Testing

@testable import RunImport

/// Hundreds of generated GPX/TCX/.gz files with duplicates, damage, routes and junk: exact counts.
@Suite
struct GeneratedArchiveTests {
    static let firstStart = Date(timeIntervalSince1970: 1_760_000_000)

    /// Writes the archive and returns the expected counts.
    static func makeArchive(at folder: URL) throws -> ImportReport {
        var expected = ImportReport()
        func write(_ text: String, _ name: String) throws {
            try TestTools.write(text, to: folder.appendingPathComponent(name))
            expected.filesSeen += 1
        }
        for i in 0..<120 {
            let start = firstStart.addingTimeInterval(Double(i) * 86_400)
            try write(GeneratedFiles.gpx(start: start, distance: 5_000 + Double(i) * 10), "gpx/\(i / 50)/run\(i).gpx")
            expected.imported += 1
            if i % 6 == 0 {
                // The same run exported as TCX: 30 s later, 1 % longer.
                try write(
                    GeneratedFiles.tcx(start: start.addingTimeInterval(30), distance: (5_000 + Double(i) * 10) * 1.01),
                    "tcx/run\(i).tcx")
                expected.duplicates += 1
            }
        }
        if TestTools.hasGzip {
            for i in 0..<50 {
                let start = firstStart.addingTimeInterval(Double(300 + i) * 86_400)
                let gz = try TestTools.gzip(Data(GeneratedFiles.gpx(start: start, distance: 8_000).utf8))
                try FileManager.default.createDirectory(
                    at: folder.appendingPathComponent("gz"), withIntermediateDirectories: true)
                try gz.write(to: folder.appendingPathComponent("gz/run\(i).gpx.gz"))
                expected.filesSeen += 1
                expected.imported += 1
            }
        }
        for i in 0..<30 {
            // FIT recordings: the first 10 are the same runs as GPX files 0…9 (richer: laps, device).
            let start =
                i < 10
                ? firstStart.addingTimeInterval(Double(i) * 86_400 + 20)
                : firstStart.addingTimeInterval(Double(600 + i) * 86_400)
            let distance = i < 10 ? 5_000 + Double(i) * 10 : 7_000
            let bytes = FITWriter.activity(start: start, distance: distance)
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("fit"), withIntermediateDirectories: true)
            if i >= 25 && TestTools.hasGzip {
                try TestTools.gzip(Data(bytes)).write(to: folder.appendingPathComponent("fit/\(i).fit.gz"))
            } else {
                try Data(bytes).write(to: folder.appendingPathComponent("fit/\(i).fit"))
            }
            expected.filesSeen += 1
            if i < 10 { expected.duplicates += 1 } else if i < 25 || TestTools.hasGzip { expected.imported += 1 }
        }
        for (i, type) in [2, 15, 32, 32, 28].enumerated() {
            // A Garmin export's settings and monitoring files.
            let bytes = FITWriter.nonActivity(
                type: Int64(type), created: firstStart.addingTimeInterval(Double(i) * 3_600))
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("garmin/monitor"), withIntermediateDirectories: true)
            try Data(bytes).write(to: folder.appendingPathComponent("garmin/monitor/\(i).fit"))
            expected.filesSeen += 1
            expected.notActivities += 1
        }
        for i in 0..<10 {
            let text = GeneratedFiles.gpx(
                start: firstStart.addingTimeInterval(Double(400 + i) * 86_400), distance: 3_000)
            try write(String(text.prefix(text.count / 2)), "bad/truncated\(i).gpx")
            expected.failures.append(
                .init(ImportError(.gpx(GPXError(.emptyFile, line: 0, column: 0)), path: "truncated\(i).gpx")))
        }
        for i in 0..<5 {
            try write(GeneratedFiles.route(name: "Loop \(i)"), "routes-planned/route\(i).gpx")
            try write("shopping list \(i)", "misc/note\(i).txt")
            expected.notActivities += 2
        }
        for i in 0..<5 {
            // No <type>: 5 km in 50 min is walking pace, so not counted as running.
            try write(
                GeneratedFiles.gpx(
                    start: firstStart.addingTimeInterval(Double(500 + i) * 86_400), distance: 5_000, points: 61,
                    interval: 50, type: nil), "untyped/walk\(i).gpx")
            expected.imported += 1
            expected.notes.append(.init(path: "walk\(i).gpx", .sportGuessed(pace: "10:00 /km", as: .walking)))
        }
        return expected
    }

    @Test func countsAreExactAndAReimportKnowsEverything() async throws {
        let folder = try TestTools.temporaryFolder("archive")
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = try Self.makeArchive(at: folder)
        let recorder = RecorderFake()
        let report = try await Importer(known: []).run(paths: [folder.path]) { recorder.record($0) }
        #expect(report.filesSeen == expected.filesSeen)
        #expect(report.imported == expected.imported)
        #expect(report.duplicates == expected.duplicates)
        #expect(report.notActivities == expected.notActivities)
        #expect(report.alreadyKnown == 0)
        #expect(report.failures.count == expected.failures.count)
        #expect(report.failures.allSatisfy { $0.path.contains("/bad/truncated") && !$0.reason.isEmpty })
        #expect(report.notes.count == 5)
        #expect(report.notes.allSatisfy { $0.message.contains("not a running pace, counted as walking") })

        let runs = recorder.runs
        #expect(runs.filter { $0.sport == .walking }.count == 5)
        #expect(runs.filter { $0.sport == .running }.count == expected.imported - 5)
        let first = try #require(runs.first { abs($0.start.timeIntervalSince(Self.firstStart)) <= 20 })
        #expect(abs(first.distanceMeters - 5_000) < 5)
        #expect(first.elapsedSeconds == 590)
        #expect(first.averageHeartRate != nil)
        #expect(first.samples.count == 60)

        let again = try await Importer(known: recorder.known).run(paths: [folder.path]) { recorder.record($0) }
        // routes and FIT non-activities too
        #expect(again.alreadyKnown == expected.imported + expected.duplicates + 5 + 5)
        #expect(again.imported == 0)
        #expect(again.failures.count == expected.failures.count)
    }

    @Test func tcxCarriesItsOwnDistanceAndLaps() async throws {
        let folder = try TestTools.temporaryFolder("tcx")
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestTools.write(
            GeneratedFiles.tcx(start: Self.firstStart, distance: 10_000, sport: "Biking"),
            to: folder.appendingPathComponent("ride.tcx"))
        let recorder = RecorderFake()
        let report = try await Importer(known: []).run(paths: [folder.path]) { recorder.record($0) }
        #expect(report.imported == 1)
        let run = try #require(recorder.runs.first)
        #expect(run.source.format == .tcx)
        #expect(run.sport == .cycling)
        #expect(run.distanceMeters == 10_000)
        #expect(run.laps.count == 1)
        #expect(run.movingSeconds == 590)
        #expect(run.id == String(run.source.contentHash.prefix(16)))
    }

    @Test func stravaExportNamesAndTypesWinAndRoutesAreSkipped() async throws {
        let folder = try TestTools.temporaryFolder("strava")
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestTools.write(
            GeneratedFiles.gpx(start: Self.firstStart, distance: 5_000, type: nil),
            to: folder.appendingPathComponent("activities/111.gpx"))
        try TestTools.write(
            GeneratedFiles.gpx(start: Self.firstStart.addingTimeInterval(86_400), distance: 20_000, type: nil),
            to: folder.appendingPathComponent("activities/222.gpx"))
        try TestTools.write(GeneratedFiles.route(), to: folder.appendingPathComponent("routes/1.gpx"))
        try TestTools.write(
            "Activity ID,Activity Date,Activity Name,Activity Type,Filename\n111,x,Park loop,Trail Run,activities/111.gpx\n222,x,Commute,Ride,activities/222.gpx\n",
            to: folder.appendingPathComponent("activities.csv"))
        let recorder = RecorderFake()
        let report = try await Importer(known: []).run(paths: [folder.path]) { recorder.record($0) }
        #expect(report.filesSeen == 3)
        #expect(report.imported == 2)
        #expect(report.notActivities == 1)
        #expect(report.notes.isEmpty)
        // Files are decoded in parallel, so they reach the recorder in any order: compare in start order.
        let runs = recorder.runs.sorted { $0.start < $1.start }
        #expect(runs.map(\.name) == ["Park loop", "Commute"])
        #expect(runs.map(\.sport) == [.trail, .cycling])
    }
}
