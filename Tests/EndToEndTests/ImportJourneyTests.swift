import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A runner's import journeys: odd files in a real folder are each reported on one line, never dropped.
@Suite struct ImportJourneyTests {
    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-journey-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A file whose name is not UTF-8 (Latin-1 "café") is listed as a failure, not silently skipped.
    @Test func nonUTF8FileNameIsReportedNotDropped() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gpx = packageRoot.appendingPathComponent("SampleTracks/2026-10-08-run.gpx")
        try FileManager.default.copyItem(at: gpx, to: folder.appendingPathComponent("good.gpx"))
        var bytes = Array(folder.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".gpx".utf8)
        bytes.append(0)
        let descriptor = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                open($0, O_CREAT | O_WRONLY, 0o644)
            }
        }
        #expect(descriptor >= 0)
        close(descriptor)

        let db = folder.appendingPathComponent("log.sqlite").path
        let result = try runRamp(["import", folder.path, "--db", db, "--quiet"])
        #expect(result.status == 0)
        let summary = result.stdout.split(separator: "\n").map(String.init)
        #expect(summary.first == "2 files seen: 1 imported, 0 already known, 0 duplicates, 0 not activities, 1 failed")
        let failure = summary.first { $0.hasPrefix("failed: ") }
        #expect(failure?.contains("/caf") == true)
        #expect(failure?.contains("cannot read the file: a name that is not UTF-8: rename the file") == true)
    }

    /// A CSV log holding only its header is counted as "not activities", so the figures add up.
    @Test func headerOnlyCSVLogIsCounted() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("log.csv")
        try Data("date,distance,duration,sport\n".utf8).write(to: log)
        let db = folder.appendingPathComponent("log.sqlite").path
        let result = try runRamp(["import", log.path, "--db", db, "--quiet"])
        #expect(
            result.stdout == "1 files seen: 0 imported, 0 already known, 0 duplicates, 1 not activities, 0 failed\n"
                + "not an activity: \(log.path): a CSV log without rows\n")
    }
}
