import Foundation
import TestSupport
import Testing

/// `runramp inspect` on FIT files, run as a user would: exit status, stdout and stderr (the report's
/// values and key order are tested in-process, `InspectUseCaseTests`).
@Suite struct InspectFITTests {
    static let fixtures = packageRoot.appendingPathComponent("Tests/FITTests/Fixtures")

    @Test func printsAReadableSummary() throws {
        let result = try runRamp(["inspect", Self.fixtures.appendingPathComponent("sdk_activity.fit").path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("laps: 1, records: 60 (54 with heart rate)"))
        #expect(result.stdout.contains("session 1: running (trail)"))
    }

    @Test(.enabled(if: sharedCorpus() != nil, "needs ../shared/corpus"))
    func corruptFileStillPrintsJSONAndSucceeds() throws {
        let path = try #require(sharedCorpus()).appendingPathComponent("fit/fitparse__activity-filecrc.fit").path
        let result = try runRamp(["inspect", "--json", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"valid\": false"))
        #expect(result.stdout.contains("\"error\": \"byte 769: file CRC mismatch"))
        #expect(result.stdout.contains("\"records\": 14"))
        #expect(result.stderr.contains("byte 769"))
    }

    @Test func nothingDecodableExitsNonZero() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-bad-\(UUID().uuidString).fit")
        var bytes = [UInt8](repeating: 0, count: 20)
        bytes[0] = 14
        bytes.replaceSubrange(8..<12, with: Array(".FIT".utf8))
        bytes[4] = 200  // data size larger than the file
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try runRamp(["inspect", "--json", url.path])
        #expect(result.status != 0)
        #expect(result.stdout.contains("\"valid\": false"))
        #expect(result.stderr.contains("byte 14"))
    }
}
