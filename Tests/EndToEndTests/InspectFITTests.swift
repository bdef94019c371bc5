import Foundation
import TestSupport
import Testing

/// `runramp inspect` on FIT files, run as a user would.
@Suite struct InspectFITTests {
    static let fixtures = packageRoot.appendingPathComponent("Tests/FITTests/Fixtures")

    @Test func printsTheDocumentedJSON() throws {
        let result = try runRamp(["inspect", "--json", Self.fixtures.appendingPathComponent("sdk_activity.fit").path])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "fit")
        #expect(object["error"] is NSNull)
        #expect(object["file_type"] as? String == "activity")
        #expect(object["product"] as? String == "fenix5")
        #expect(object["records"] as? Int == 60)
        #expect(object["first_record_time"] as? String == "2019-03-02T07:12:05Z")
        let keys = [
            "format", "valid", "error", "file_type", "manufacturer", "product", "sessions", "laps", "records",
            "records_with_heart_rate", "first_record_time", "last_record_time", "first_position", "developer_fields",
        ]
        let positions = keys.compactMap { result.stdout.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted(), "keys in the documented order")
        let session = try #require((object["sessions"] as? [[String: Any]])?.first)
        #expect(session["sport"] as? String == "running")
        #expect(session["sub_sport"] as? String == "trail")
        #expect(session["start_time"] as? String == "2019-03-02T07:12:05Z")
        #expect(session["total_elapsed_time"] as? Double == 59.5)
        let sessionKeys = [
            "sport", "sub_sport", "start_time", "total_elapsed_time", "total_timer_time", "total_distance",
        ]
        let sessionPositions = sessionKeys.compactMap { result.stdout.range(of: "\"\($0)\":")?.lowerBound }
        #expect(sessionPositions.count == sessionKeys.count && sessionPositions == sessionPositions.sorted())
    }

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

    @Test(.enabled(if: sharedCorpus() != nil, "needs ../shared/corpus"))
    func corpusFileMatchesItsExpectedJSON() throws {
        let corpus = try #require(sharedCorpus())
        let result = try runRamp([
            "inspect", "--json", corpus.appendingPathComponent("fit/fitparse__garmin-fenix-5-run.fit").path,
        ])
        #expect(result.status == 0)
        let actual = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let expectedData = try Data(
            contentsOf: corpus.appendingPathComponent("fit/expected/fitparse__garmin-fenix-5-run.json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: expectedData) as? [String: Any])
        for key in ["file_type", "manufacturer", "product", "first_record_time", "last_record_time"] {
            #expect(actual[key] as? String == expected[key] as? String, "\(key)")
        }
        for key in ["laps", "records", "records_with_heart_rate", "developer_fields"] {
            #expect(actual[key] as? Int == expected[key] as? Int, "\(key)")
        }
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
