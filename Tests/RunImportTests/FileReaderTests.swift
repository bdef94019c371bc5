import Foundation
import RunModel
import Testing

@testable import RunImport

/// Reading one file: prologue length, UTF-16, empty files, FIT cut in its header, the size and
/// decompression limits, and a reason for every file that is not an activity.
@Suite struct FileReaderTests {
    static let start = Date(timeIntervalSince1970: 1_760_000_000)

    static func importFolder(_ files: [String: [UInt8]], limits: ImportLimits = .standard) async throws -> (
        ImportReport, RecorderFake, URL
    ) {
        let folder = try TestTools.temporaryFolder("reader")
        for (name, bytes) in files {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        let recorder = RecorderFake()
        let report = try await Importer(known: [], limits: limits).run(paths: [folder.path]) { recorder.record($0) }
        return (report, recorder, folder)
    }

    @Test func longProloguesAndUTF16AreImportedLikeInspectReadsThem() async throws {
        let gpx = GeneratedFiles.gpx(start: Self.start, distance: 5_000)
        let body = gpx[gpx.range(of: "<gpx")!.lowerBound...]
        let long =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- "
            + String(repeating: "exported by a tool that says a lot. ", count: 200)
            + "-->\n<!DOCTYPE gpx>\n" + body
        #expect(long.utf8.count - body.utf8.count > 4_096)
        let tcx = GeneratedFiles.tcx(start: Self.start.addingTimeInterval(86_400), distance: 6_000)
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        let utf16: [UInt8] = [0xFF, 0xFE] + tcx.utf16.flatMap { [UInt8($0 & 0xff), UInt8($0 >> 8)] }
        let (report, recorder, folder) = try await Self.importFolder(["long.gpx": Array(long.utf8), "wide.tcx": utf16])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(report.imported == 2)
        #expect(recorder.runs.map { Int($0.distanceMeters.rounded()) }.sorted() == [5_000, 6_000])
    }

    @Test func everyFileThatIsNoActivityCarriesItsReason() async throws {
        let fitCut: [UInt8] = [14, 0x20, 0x5c, 0x08, 0x10, 0, 0, 0, 0x2e]
        let (report, _, folder) = try await Self.importFolder([
            "empty.gpx": [],
            "photo.jpg": [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3],
            "route.gpx": Array(GeneratedFiles.route().utf8),
            "log.csv": Array("date,distance,duration\n".utf8),
            "cut.fit": fitCut,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let reasons = Dictionary(
            uniqueKeysWithValues: report.notActivityFiles.map {
                (URL(fileURLWithPath: $0.path).lastPathComponent, $0.message)
            })
        #expect(
            reasons == [
                "empty.gpx": "empty file (0 bytes)",
                "photo.jpg": "not a FIT, GPX, TCX or CSV log file",
                "route.gpx": "a planned route (no track)",
                "log.csv": "a CSV log without rows",
            ])
        #expect(report.notActivities == 4)
        #expect(report.summary.contains("\nnot an activity: \(folder.path)/empty.gpx: empty file (0 bytes)"))
        // A FIT file cut inside its header is a FIT failure at a byte offset, not "malformed XML".
        let cut = try #require(report.failures.first { $0.path.hasSuffix("cut.fit") })
        #expect(cut.reason.contains("byte"), "\(cut.reason)")
        #expect(!cut.reason.contains("XML"), "\(cut.reason)")
    }

    /// A FIT file with one damaged signature byte fails at that byte: not "not an activity".
    @Test func aFITFileWithADamagedSignatureByteFailsAtThatByte() async throws {
        var fit = FITWriter.activity(start: Self.start, distance: 5_000)
        fit[10] = 0x4A
        let (report, recorder, folder) = try await Self.importFolder(["damaged.fit": fit])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(recorder.runs.isEmpty)
        #expect(report.notActivities == 0)
        #expect(
            report.failures.map(\.reason) == [
                "byte 10: damaged FIT file header: signature bytes 2E 46 4A 54 where .FIT (2E 46 49 54) belongs"
            ])
    }

    /// A plain file over the size limit is refused on its size alone: a sparse 3 GB file costs nothing.
    @Test func aHugeFileIsRefusedUnread() async throws {
        let folder = try TestTools.temporaryFolder("reader-huge")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.gpx").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("<gpx>".utf8)))
        #expect(truncate(path, 3_000_000_000) == 0)
        let report = try await Importer(known: []).run(paths: [path]) { RecorderFake().record($0) }
        #expect(report.failures.map(\.reason) == ["refused: 3000000000 bytes, larger than 512 MiB (limit: file size)"])

        var limits = ImportLimits.standard
        limits.maximumFileBytes = 4
        let small = try await Importer(known: [], limits: limits).run(paths: [path]) { RecorderFake().record($0) }
        #expect(small.failures.map(\.reason) == ["refused: 3000000000 bytes, larger than 4 bytes (limit: file size)"])
    }

    @Test(.enabled(if: TestTools.hasGzip, "needs gzip"))
    func aGzipPastTheMemberLimitIsRefusedWithTheLimit() async throws {
        // A multi-member .gz: "<gpx>" (so its first bytes may start a workout and it is not refused
        // after its first chunk), then 40 copies of 64 KiB of zeros, 2.5 MiB uncompressed.
        let member = [UInt8](try TestTools.gzip(Data(count: 64 << 10)))
        let gz = [UInt8](try TestTools.gzip(Data("<gpx>".utf8))) + Array((0..<40).map { _ in member }.joined())
        var limits = ImportLimits.standard
        limits.maximumMemberBytes = 1 << 20
        let (report, _, folder) = try await Self.importFolder(["bomb.gpx.gz": gz], limits: limits)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(report.failures.map(\.reason) == ["refused: more than 1 MiB uncompressed (limit: member size)"])
        #expect(try Gunzip.inflate(gz, limit: 40 * 64 << 10 + 5).count == 40 * 64 << 10 + 5)
        #expect(throws: ImportError.Reason.limit(.uncompressed(member: nil, limit: 1 << 20, .memberSize))) {
            try Gunzip.inflate(gz, limit: 1 << 20)
        }
    }
}
