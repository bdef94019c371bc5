import Foundation
import TestSupport
import Testing
import UseCases

/// `runramp inspect` in-process: the JSON report's values and documented key order
/// (docs/inspect-json.md) and the summary, for FIT, GPX and TCX. The exit status and stderr of the
/// command are the end-to-end tests' (`InspectFITTests`, `GPXInspectTests`).
@Suite struct InspectUseCaseTests {
    static let fitFixtures = packageRoot.appendingPathComponent("Tests/FITTests/Fixtures")
    static let gpxFixtures = packageRoot.appendingPathComponent("Tests/GPXTests/Fixtures")

    struct Refused: Error { var reason: String }

    /// The inspection of `url`, or the refusal as an error.
    func inspection(_ url: URL, forJSON: Bool = true) throws -> Inspection {
        switch InspectUseCase.inspect(url.path, forJSON: forJSON) {
        case .inspected(let inspection): return inspection
        case .refused(let reason, _): throw Refused(reason: reason)
        }
    }

    func object(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    /// The keys of the report's top-level object, in the order written.
    func topLevelKeys(_ json: String) -> [String] {
        json.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  \""), !line.hasPrefix("    ") else { return nil }
            return String(line.dropFirst(3).prefix { $0 != "\"" })
        }
    }

    @Test func aFITActivityGivesTheDocumentedJSONAndSummary() throws {
        let inspection = try inspection(Self.fitFixtures.appendingPathComponent("sdk_activity.fit"))
        #expect(inspection.decodedAnything && inspection.error == nil)
        let object = try object(inspection.json)
        #expect(object["format"] as? String == "fit")
        #expect(object["error"] is NSNull)
        #expect(object["file_type"] as? String == "activity")
        #expect(object["product"] as? String == "fenix5")
        #expect(object["records"] as? Int == 60)
        #expect(object["first_record_time"] as? String == "2019-03-02T07:12:05Z")
        #expect(
            topLevelKeys(inspection.json) == [
                "schema", "format", "valid", "error", "file_type", "manufacturer", "product", "sessions", "laps",
                "records", "records_with_heart_rate", "first_record_time", "last_record_time", "first_position",
                "developer_fields", "workout",
            ])
        let session = try #require((object["sessions"] as? [[String: Any]])?.first)
        #expect(session["sport"] as? String == "running")
        #expect(session["sub_sport"] as? String == "trail")
        #expect(session["start_time"] as? String == "2019-03-02T07:12:05Z")
        #expect(session["total_elapsed_time"] as? Double == 59.5)
        let sessionKeys = [
            "sport", "sub_sport", "start_time", "total_elapsed_time", "total_timer_time", "total_distance",
        ]
        let positions = sessionKeys.compactMap { inspection.json.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.count == sessionKeys.count && positions == positions.sorted())

        let summary = try self.inspection(Self.fitFixtures.appendingPathComponent("sdk_activity.fit"), forJSON: false)
        #expect(summary.summary.contains("laps: 1, records: 60 (54 with heart rate)"))
        #expect(summary.summary.contains("session 1: running (trail)"))
    }

    @Test(.enabled(if: sharedCorpus() != nil, "needs ../shared/corpus"))
    func aCorpusFITFileMatchesTheIndependentDecodersJSON() throws {
        let corpus = try #require(sharedCorpus())
        let inspection = try inspection(corpus.appendingPathComponent("fit/fitparse__garmin-fenix-5-run.fit"))
        let actual = try object(inspection.json)
        let expected = try object(
            String(
                decoding: try Data(
                    contentsOf: corpus.appendingPathComponent("fit/expected/fitparse__garmin-fenix-5-run.json")),
                as: UTF8.self))
        for key in ["file_type", "manufacturer", "product", "first_record_time", "last_record_time"] {
            #expect(actual[key] as? String == expected[key] as? String, "\(key)")
        }
        for key in ["laps", "records", "records_with_heart_rate", "developer_fields"] {
            #expect(actual[key] as? Int == expected[key] as? Int, "\(key)")
        }
    }

    @Test func aGPXFileGivesItsKeysInTheDocumentedOrder() throws {
        let inspection = try inspection(Self.gpxFixtures.appendingPathComponent("garmin_tpx_v1.gpx"))
        #expect(
            topLevelKeys(inspection.json) == [
                "schema", "format", "valid", "error", "version", "creator", "tracks", "segments", "track_points",
                "routes", "route_points", "waypoints", "first_point_time", "last_point_time", "first_point",
                "length_2d", "points_with_heart_rate",
            ])
        #expect(inspection.json.contains("\"first_point_time\": \"2024-05-04T06:30:00Z\""))
        #expect(inspection.json.contains("\"points_with_heart_rate\": 2"))
    }

    @Test func aTCXFileIsReportedWithLapsAsSegments() throws {
        let object = try object(try inspection(Self.gpxFixtures.appendingPathComponent("activity.tcx")).json)
        #expect(object["format"] as? String == "tcx")
        #expect(object["valid"] as? Bool == true)
        #expect(object["version"] is NSNull)
        #expect(object["segments"] as? Int == 2)
        #expect(object["track_points"] as? Int == 4)
        #expect(object["points_with_heart_rate"] as? Int == 4)
        #expect(object["last_point_time"] as? String == "2024-04-20T07:05:01Z")
    }

    @Test func aMalformedGPXIsInvalidAtALineAndColumn() throws {
        let inspection = try inspection(Self.gpxFixtures.appendingPathComponent("hostile/truncated.gpx"))
        let object = try object(inspection.json)
        #expect(object["valid"] as? Bool == false)
        let error = try #require(object["error"] as? String)
        #expect(error.range(of: #"^\d+:\d+: malformed XML"#, options: .regularExpression) != nil)
        #expect(object["track_points"] is NSNull)
    }
}
