import Foundation
import RunModel
import TestSupport
import Testing

@testable import RunImport

@Suite struct ImporterTests {
    @Test func csvLogsJunkAndGzipAreCountedExactly() async throws {
        let folder = try TestTools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestTools.write(
            "date,distance,duration,sport\n2026-11-01,5km,30:00,running\n2026-11-02,10km,1:00:00,\n",
            to: folder.appendingPathComponent("a/log.csv"))
        try TestTools.write(
            "date,distance,duration\n2026-11-03,x,30:00\n", to: folder.appendingPathComponent("a/b/bad.csv"))
        try TestTools.write("{\"not\": \"a run\"}", to: folder.appendingPathComponent("a/b/c/settings.json"))
        try TestTools.write("hidden", to: folder.appendingPathComponent(".hidden/log.csv"))
        try Data("PK\u{3}\u{4}zip".utf8).write(to: folder.appendingPathComponent("export.zip"))
        if TestTools.hasGzip {
            let gz = try TestTools.gzip(Data("date,distance,duration\n2026-11-04,8km,45:00\n".utf8))
            try gz.write(to: folder.appendingPathComponent("a/more.csv.gz"))
        }
        let recorder = RecorderFake()
        let report = try await Importer(known: []).run(paths: [
            folder.path, folder.appendingPathComponent("missing").path,
        ]) {
            recorder.record($0)
        }
        let gz = TestTools.hasGzip ? 1 : 0
        #expect(report.filesSeen == 4 + gz)
        #expect(report.imported == 2 + gz)
        #expect(report.notActivities == 1)
        #expect(report.alreadyKnown == 0)
        #expect(
            Set(report.failures.map { URL(fileURLWithPath: $0.path).lastPathComponent }) == [
                "missing", "bad.csv:2", "export.zip",
            ])
        #expect(
            report.failures.first { $0.path.hasSuffix("export.zip") }?.reason
                == "zip: no central directory (not a zip archive, or cut short)")
        #expect(recorder.runs.map(\.distanceMeters).sorted() == (gz == 1 ? [5_000, 8_000, 10_000] : [5_000, 10_000]))

        let again = try await Importer(known: recorder.known).run(paths: [folder.path]) { recorder.record($0) }
        #expect(again.imported == 0)
        #expect(again.alreadyKnown == 2 + gz)
        #expect(again.failures.count == 2)
    }

    @Test func unchangedFilesAreSkippedWithoutReading() async throws {
        let folder = try TestTools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("x.gpx")
        try TestTools.write("<gpx>not even valid", to: url)
        let values = try url.resourceValues(forKeys: [.fileSizeKey, .contentModificationDateKey])
        let known = KnownSourceFile(
            path: url.path, contentHash: "whatever", size: Int64(values.fileSize ?? 0),
            modifiedAt: values.contentModificationDate)
        let recorder = RecorderFake()
        let report = try await Importer(known: [known]).run(paths: [folder.path]) { recorder.record($0) }
        #expect(report.alreadyKnown == 1)
        #expect(report.failures.isEmpty)
        #expect(recorder.batches.isEmpty)
    }

    @Test func batchesNeverExceedTheBatchSize() async throws {
        let folder = try TestTools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for i in 0..<25 {
            try TestTools.write(
                "date,distance,duration\n2026-10-\(String(format: "%02d", i + 1)),\(i + 1)km,30:00\n",
                to: folder.appendingPathComponent("log\(i).csv"))
        }
        let recorder = RecorderFake()
        let seen = ProgressLog()
        let report = try await Importer(known: [], batchSize: 4, concurrency: 3).run(
            paths: [folder.path],
            progress: { seen.append($0.completed) },
            record: { recorder.record($0) })
        #expect(report.imported == 25)
        #expect(recorder.batches.allSatisfy { $0 <= 4 })
        #expect(recorder.batches.reduce(0, +) == 25)
        #expect(seen.values == Array(1...25))
    }
}

/// Collects progress callbacks from any thread.
final class ProgressLog: @unchecked Sendable {
    // @unchecked: `items` is only touched under `lock`.
    private let lock = NSLock()
    private var items: [Int] = []
    func append(_ value: Int) { lock.withLock { items.append(value) } }
    var values: [Int] { lock.withLock { items } }
}

/// Damaged and hostile files: every one is counted, none stops the import or crashes it.
@Suite struct HostileFileTests {
    @Test func garbageBehindEveryMagicIsCountedNotFatal() async throws {
        let folder = try TestTools.temporaryFolder("hostile")
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SplitMix64(seed: 42)
        let fitHeader: [UInt8] = [14, 0x20, 0x54, 0x08, 0xff, 0xff, 0, 0] + Array(".FIT".utf8) + [0, 0]
        let heads: [[UInt8]] = [
            fitHeader, [0x1f, 0x8b, 8, 0], Array("<?xml version=\"1.0\"?><gpx><trk><trkseg><trkpt lat=".utf8),
            Array("<TrainingCenterDatabase><Activities><Activity Sport=\"".utf8),
            Array("date,distance,duration\n".utf8), [],
        ]
        for i in 0..<60 {
            let head = heads[i % heads.count]
            let tail = (0..<Int(generator.next() % 3_000)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            try Data(head + tail).write(to: folder.appendingPathComponent("f\(i).bin"))
        }
        let valid = FITWriter.activity(start: Date(timeIntervalSince1970: 1_700_000_000), distance: 4_000)
        try Data(Array(valid.prefix(valid.count - 2)) + [0, 0]).write(to: folder.appendingPathComponent("bad-crc.fit"))
        if TestTools.hasGzip {
            let gz = [UInt8](
                try TestTools.gzip(
                    Data(GeneratedFiles.gpx(start: Date(timeIntervalSince1970: 1_700_000_000), distance: 3_000).utf8)))
            try Data(gz.prefix(gz.count / 2)).write(to: folder.appendingPathComponent("cut.gpx.gz"))
        }
        let recorder = RecorderFake()
        let report = try await Importer(known: []).run(paths: [folder.path]) { recorder.record($0) }
        let gz = TestTools.hasGzip ? 1 : 0
        #expect(report.filesSeen == 61 + gz)
        #expect(
            report.imported + report.duplicates + report.alreadyKnown + report.notActivities + report.failures.count
                >= 61 + gz)
        // The FIT file with a bad CRC keeps its records; the cut .gz says where gzip stopped.
        #expect(recorder.runs.contains { $0.source.path.hasSuffix("bad-crc.fit") && $0.samples.count == 60 })
        if gz == 1 {
            #expect(
                report.failures.contains { $0.path.hasSuffix("cut.gpx.gz") && $0.reason.hasPrefix("gzip: truncated") })
        }
    }
}
