import Foundation
import RunModel
import Testing

@testable import RunImport

/// A Strava-style export left zipped: members imported as if unzipped, without unzipping to disk.
@Suite(.enabled(if: TestTools.hasPython, "needs python3 to write zip archives"))
struct ZipArchiveTests {
    static let start = Date(timeIntervalSince1970: 1_760_000_000)

    /// Writes `members` (name → bytes; names ending in .gz are stored, others deflated) into a zip.
    static func zip(_ members: [String: Data], to url: URL) throws {
        let folder = url.deletingLastPathComponent().appendingPathComponent("zip-input-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, data) in members {
            let file = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file)
        }
        let script = """
            import os, sys, zipfile
            src, dst = sys.argv[1], sys.argv[2]
            with zipfile.ZipFile(dst, "w") as z:
                for name in sorted(sys.argv[3:]):
                    kind = zipfile.ZIP_STORED if name.endswith(".gz") else zipfile.ZIP_DEFLATED
                    z.write(os.path.join(src, name), name, compress_type=kind)
            """
        try TestTools.run("/usr/bin/env", ["python3", "-c", script, folder.path, url.path] + members.keys.sorted())
    }

    @Test func stravaExportInsideAZipImportsWithNamesAndTypes() async throws {
        let folder = try TestTools.temporaryFolder("zip")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run1 = Data(GeneratedFiles.gpx(start: Self.start, distance: 5_000, type: nil).utf8)
        let run2 =
            try TestTools.hasGzip
            ? TestTools.gzip(
                Data(GeneratedFiles.gpx(start: Self.start.addingTimeInterval(86_400), distance: 8_000).utf8))
            : Data(GeneratedFiles.gpx(start: Self.start.addingTimeInterval(86_400), distance: 8_000).utf8)
        let second = TestTools.hasGzip ? "activities/2.gpx.gz" : "activities/2.gpx"
        let archive = folder.appendingPathComponent("export_123.zip")
        try Self.zip(
            [
                "activities.csv": Data(
                    "Activity ID,Activity Name,Activity Type,Filename\n1,Hill reps,Run,activities/1.gpx\n2,Home,Ride,\(second)\n"
                        .utf8),
                "activities/1.gpx": run1,
                second: run2,
                "routes/7.gpx": Data(GeneratedFiles.route().utf8),
                "__MACOSX/activities/._1.gpx": Data("resource fork".utf8),
                "nested/inner.zip": Data("PK\u{3}\u{4}not really".utf8),
            ], to: archive)

        let recorder = RecorderFake()
        let report = try await Importer(known: []).run(paths: [folder.path]) { recorder.record($0) }
        // activities.csv is seen too: Strava's list of the activities, none without a file.
        #expect(report.filesSeen == 4)
        #expect(report.imported == 2)
        #expect(report.notActivities == 1)
        #expect(report.failures.map(\.path) == [archive.path + "/nested/inner.zip"])
        #expect(report.failures.first?.reason == "zip: no central directory (not a zip archive, or cut short)")
        let runs = recorder.runs.sorted { $0.start < $1.start }
        #expect(runs.map(\.name) == ["Hill reps", "Home"])
        #expect(runs.map(\.sport) == [.running, .cycling])
        #expect(runs.first?.source.path == archive.path + "/activities/1.gpx")
        #expect(runs.first?.samples.count == 60)
        #expect(report.notes.isEmpty)

        // Unchanged archive: members are recognised by path, size and the archive's time, unread.
        let values = try archive.resourceValues(forKeys: [.contentModificationDateKey])
        let known = try #require(runs.first).source
        let size = Int64(run1.count)
        let again = try await Importer(known: [
            KnownSourceFile(
                path: known.path, contentHash: known.contentHash, size: size, modifiedAt: values.contentModificationDate
            )
        ])
        .run(paths: [archive.path]) { recorder.record($0) }
        #expect(again.alreadyKnown == 2)
        #expect(again.imported == 0)
    }

    @Test func damagedArchivesSayWhatIsWrong() async throws {
        let folder = try TestTools.temporaryFolder("zip-bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("a.zip")
        try Self.zip(["x.gpx": Data(GeneratedFiles.gpx(start: Self.start, distance: 5_000).utf8)], to: archive)
        let bytes = try Data(contentsOf: archive)
        try bytes.prefix(bytes.count - 30).write(to: archive)
        let report = try await Importer(known: []).run(paths: [folder.path]) { RecorderFake().record($0) }
        #expect(report.filesSeen == 1)
        #expect(report.failures.first?.reason.hasPrefix("zip: ") == true)

        // Not an archive at all: only the end of the file is searched for the end record.
        let fake = folder.appendingPathComponent("photos.zip")
        try Data(repeating: 0x20, count: 4 << 20).write(to: fake)
        let second = try await Importer(known: []).run(paths: [fake.path]) { RecorderFake().record($0) }
        #expect(second.failures.map(\.reason) == ["zip: no central directory (not a zip archive, or cut short)"])
    }

    @Test func aDamagedMemberIsNamedAndTheOthersStillImport() async throws {
        let folder = try TestTools.temporaryFolder("zip-crc")
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("b.zip")
        let good = Data(GeneratedFiles.gpx(start: Self.start, distance: 5_000).utf8)
        let bad = Data(GeneratedFiles.gpx(start: Self.start.addingTimeInterval(86_400), distance: 6_000).utf8)
        try Self.zip(["a.gpx": good, "b.gpx": bad], to: archive)
        var bytes = [UInt8](try Data(contentsOf: archive))
        // Members are written in name order: flip bytes in the middle of b.gpx's compressed data.
        let local = try #require(
            (0..<bytes.count - 4).last { bytes[$0..<$0 + 4].elementsEqual([0x50, 0x4b, 0x03, 0x04]) })
        let middle = local + 30 + 5 + 200
        for index in middle..<middle + 8 { bytes[index] ^= 0x5a }
        try Data(bytes).write(to: archive)
        let recorder = RecorderFake()
        let report = try await Importer(known: []).run(paths: [archive.path]) { recorder.record($0) }
        #expect(report.imported == 1)
        #expect(report.failures.map(\.path) == [archive.path + "/b.gpx"])
        #expect(report.failures.first?.reason.hasPrefix("zip: b.gpx") == true, "\(report.failures)")
    }

    /// More than 65,535 entries need ZIP64's end records (the old hand-written reader refused them).
    @Test func zip64ArchivesAreRead() async throws {
        let folder = try TestTools.temporaryFolder("zip64")
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("big.zip")
        let run = folder.appendingPathComponent("run.gpx")
        try Data(GeneratedFiles.gpx(start: Self.start, distance: 5_000).utf8).write(to: run)
        let script = """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], "w") as z:
                for i in range(65_536):
                    z.writestr(zipfile.ZipInfo(f"empty/{i}/"), b"")
                z.write(sys.argv[2], "run.gpx", compress_type=zipfile.ZIP_DEFLATED)
            """
        try TestTools.run("/usr/bin/env", ["python3", "-c", script, archive.path, run.path])
        let bytes = try Data(contentsOf: archive)
        #expect(bytes.range(of: Data([0x50, 0x4b, 0x06, 0x06])) != nil, "the archive has a ZIP64 end record")
        let recorder = RecorderFake()
        let report = try await Importer(known: []).run(paths: [archive.path]) { recorder.record($0) }
        #expect(report.failures.isEmpty)
        #expect(report.filesSeen == 1)
        #expect(report.imported == 1)
        #expect(recorder.runs.first?.source.path == archive.path + "/run.gpx")
    }
}
