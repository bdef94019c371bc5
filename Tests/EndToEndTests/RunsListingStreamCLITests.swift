import Foundation
import Render
import RunImport
import RunModel
import Testing
import TrainingLog
import UseCases

/// `runramp runs` in every format reads the log a run at a time and writes each run as it comes (docs/log.md, "Large logs"): the
/// output is byte for byte the document the whole log gives, and a log of 80,000 runs is listed in a small
/// fraction of the memory holding it costs.
@Suite struct RunsListingStreamCLITests {
    static let today = CalendarDay(daysSinceEpoch: CalendarDay(year: 2026, month: 11, day: 18)?.daysSinceEpoch ?? 0)

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("runs-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A run `daysBefore` today's date at `hour` UTC, with a heart-rate track of `points` seconds when asked.
    static func run(
        _ id: String, daysBefore: Int, hour: Int = 7, sport: Sport = .running, points: Int = 0, watch: Double? = nil
    ) -> IncomingFile {
        let start = today.startDate.addingTimeInterval(Double(-daysBefore) * 86_400 + Double(hour) * 3_600)
        let samples = (0..<points).map { i in
            Sample(
                time: start.addingTimeInterval(Double(i)), latitude: 48.1 + Double(i) * 1e-5, longitude: 11.5,
                heartRate: 130 + Double((i * 7 + daysBefore) % 45), cadence: 86, distanceMeters: Double(i) * 2.9)
        }
        let run = Run(
            id: id, source: RunSource(path: "/runs/\(id).gpx", format: .gpx, contentHash: "hash-\(id)"),
            name: "Run \(id), \"quoted\"", sport: sport, start: start, utcOffsetSeconds: 3_600,
            elapsedSeconds: Double(points > 0 ? points + 60 : 1_900),
            movingSeconds: Double(points > 0 ? points : 1_800),
            distanceMeters: points > 0 ? Double(points) * 2.9 : 5_000 + Double(daysBefore % 13) * 101.3,
            averageHeartRate: points > 0 ? 150.25 : nil, samples: samples,
            watchHeartRate: watch.flatMap { WatchHeartRateSettings(maximum: $0, resting: nil, threshold: nil) })
        return IncomingFile(
            path: run.source.path, contentHash: run.source.contentHash, size: 1_000, modifiedAt: start,
            content: .run(run))
    }

    /// The JSON, CSV and text the whole log gives, as `runs` made them when it held every run.
    static func wholeLogDocuments(_ log: LogDatabase, since: CalendarDay?) throws -> [String: String] {
        let runs = try log.runs(since: nil).runs.filter { run in since.map { run.localDay >= $0 } ?? true }
        let excluded = try log.excludedRunIDs()
        let measured = try LogFigures.read(log, today: today)
        let listing = runs.map { RunWithFigures(run: $0, figures: measured.figures[$0.id], anchors: measured.anchors) }
        let ids = try log.runs(since: nil).runs.map(\.id)
        return [
            "json": try JSONOutput.document(listing: listing, under: "runs", schema: .runs, omitting: ["samples"]),
            "csv": RunsCSV.render(runs, excluded: excluded),
            "text": RunsText.render(
                runs, excluded: excluded, idLength: RunsText.idLength(for: ids), today: today, unit: .kilometers),
        ]
    }

    static func listed(_ db: String, _ format: String, since: CalendarDay?) throws -> CLIResult {
        let formatArguments = ["json": ["--json"], "csv": ["--format", "csv"], "text": []][format] ?? []
        return try runRamp(
            ["runs", "--db", db, "--today", today.description] + formatArguments
                + (since.map { ["--since", $0.description] } ?? []))
    }

    @Test func everyFormatIsTheDocumentTheWholeLogGives() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("log.sqlite").path
        let log = try LogDatabase(path: db)
        // Two years of runs with heart rate (the anchors' window is the year before today), a ride, watch
        // settings in an old file only, excluded runs, efforts given for a run and for a day.
        var files = (0..<60).map { i in
            Self.run("run-\(i)", daysBefore: i * 12, sport: i % 9 == 4 ? .cycling : .running, points: 240 + i * 7)
        }
        files.append(Self.run("watch-old", daysBefore: 700, points: 300, watch: 191))
        files.append(Self.run("plain", daysBefore: 3))
        _ = try log.record(files)
        for id in ["run-5", "run-40"] { _ = try log.setRunExcluded(id: id, true) }
        _ = try log.recordSessionEffort(
            SessionEffortRecord(day: Self.today.adding(days: -24), rpe: 6, recordedAt: Self.today.startDate))
        _ = try log.recordSessionEffort(
            SessionEffortRecord(
                day: Self.today.adding(days: -500), runID: "run-3", rpe: 8, recordedAt: Self.today.startDate))
        for since in [nil, Self.today.adding(days: -100)] {
            let expected = try Self.wholeLogDocuments(log, since: since)
            for format in ["json", "csv", "text"] {
                let result = try Self.listed(db, format, since: since)
                #expect(result.status == 0, "\(format): \(result.stderr)")
                #expect(result.stdout == expected[format], "runs \(format) since \(String(describing: since))")
            }
        }
        // The figures are really there: the efforts given, the share above easy and the easy ceiling.
        let json = try Self.listed(db, "json", since: nil).stdout
        #expect(json.contains("\"rpe\" : 8"))
        #expect(json.contains("\"rpe\" : 6"))
        #expect(json.contains(/"share_above_easy" : 0\.[1-9]/))
        #expect(json.contains(/"easy_ceiling_bpm" : [1-9]/))

        // An empty log: the same empty documents.
        let emptyDB = folder.appendingPathComponent("empty.sqlite").path
        let empty = try LogDatabase(path: emptyDB)
        let expectedEmpty = try Self.wholeLogDocuments(empty, since: nil)
        for format in ["json", "csv", "text"] {
            #expect(try Self.listed(emptyDB, format, since: nil).stdout == expectedEmpty[format])
        }
        #expect(expectedEmpty["json"]?.contains("\"runs\" : [") == true)
    }

    /// 80,000 runs recorded in-process: `runs --json` and `--format csv` list them all with a peak far below
    /// what holding them cost. Measured on a log of 200,000 such runs (debug build, docs/log.md): 2.0 GB for
    /// `--json` and 382 MB for `--format csv` before, 39 and 40 MB streamed; holding 80,000 would cost about
    /// 0.8 GB and 170 MB, and the bound leaves 2.5 times the streamed peak (a smaller log than measured keeps the
    /// suite's time down).
    @Test func aLargeLogIsListedInTheMemoryOfOneRun() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("log.sqlite").path
        let count = 80_000
        do {
            let log = try LogDatabase(path: db)
            for batch in stride(from: 0, to: count, by: 20_000) {
                // Ten a day two hours apart (one start is one recording), ending today.
                _ = try log.record(
                    (batch..<batch + 20_000).map { Self.run("r\($0)", daysBefore: $0 / 10, hour: 1 + 2 * ($0 % 10)) })
            }
        }
        let json = try runRampBounded(
            ["runs", "--db", db, "--today", Self.today.description, "--json"], hangGuardSeconds: 1_200)
        #expect(json.result.status == 0, "\(json.result.stderr)")
        #expect(json.result.stdout.hasPrefix("{\n  \"runs\" : [\n    {\n"))
        #expect(json.result.stdout.hasSuffix("\n  ],\n  \"schema\" : \"runramp.runs/1\"\n}\n"))
        // Three objects a run (the run, its source, its anchors) inside the document's own.
        #expect(json.result.stdout.utf8.count(where: { $0 == UInt8(ascii: "{") }) == 1 + 3 * count)
        #expect(json.peakResidentKiB < Self.boundKiB, "runs --json peak \(json.peakResidentKiB) KiB")

        let csv = try runRampBounded(
            ["runs", "--db", db, "--today", Self.today.description, "--format", "csv"], hangGuardSeconds: 1_200)
        #expect(csv.result.status == 0, "\(csv.result.stderr)")
        #expect(csv.result.stdout.utf8.count(where: { $0 == UInt8(ascii: "\n") }) == count + 1)
        #expect(csv.peakResidentKiB < Self.boundKiB, "runs --format csv peak \(csv.peakResidentKiB) KiB")
    }

    static let boundKiB = 100 * 1_024
}
