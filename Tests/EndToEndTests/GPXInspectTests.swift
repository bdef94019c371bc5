import Foundation
import TestSupport
import Testing

/// `runramp inspect` on GPX and TCX files, as a user runs it.
@Suite struct GPXInspectTests {
    static let fixtures = packageRoot.appendingPathComponent("Tests/GPXTests/Fixtures")

    @Test func jsonKeysComeInTheDocumentedOrder() throws {
        let result = try runRamp(["inspect", Self.fixtures.appendingPathComponent("garmin_tpx_v1.gpx").path, "--json"])
        #expect(result.status == 0)
        let keys = result.stdout.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  \""), !line.hasPrefix("    ") else { return nil }
            return String(line.dropFirst(3).prefix { $0 != "\"" })
        }
        #expect(
            keys == [
                "schema", "format", "valid", "error", "version", "creator", "tracks", "segments", "track_points",
                "routes",
                "route_points", "waypoints", "first_point_time", "last_point_time", "first_point", "length_2d",
                "points_with_heart_rate",
            ])
        #expect(result.stdout.contains("\"first_point_time\": \"2024-05-04T06:30:00Z\""))
        #expect(result.stdout.contains("\"points_with_heart_rate\": 2"))
    }

    @Test func tcxIsReportedWithLapsAsSegments() throws {
        let result = try runRamp(["inspect", Self.fixtures.appendingPathComponent("activity.tcx").path, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "tcx")
        #expect(object["valid"] as? Bool == true)
        #expect(object["version"] is NSNull)
        #expect(object["segments"] as? Int == 2)
        #expect(object["track_points"] as? Int == 4)
        #expect(object["points_with_heart_rate"] as? Int == 4)
        #expect(object["last_point_time"] as? String == "2024-04-20T07:05:01Z")
    }

    @Test func malformedFileIsInvalidWithLineAndColumnAndFails() throws {
        let result = try runRamp([
            "inspect", Self.fixtures.appendingPathComponent("hostile/truncated.gpx").path, "--json",
        ])
        #expect(result.status != 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["valid"] as? Bool == false)
        let error = try #require(object["error"] as? String)
        #expect(error.range(of: #"^\d+:\d+: malformed XML"#, options: .regularExpression) != nil)
        #expect(object["track_points"] is NSNull)
    }

    @Test(arguments: [
        "hostile/encoder_error.bin", "hostile/not_xml.bin", "hostile/billion_laughs.gpx", "hostile/utf16_bom.gpx",
    ])
    func libxml2NeverWritesToStderrInJSONMode(name: String) throws {
        let result = try runRamp(["inspect", Self.fixtures.appendingPathComponent(name).path, "--json"])
        // Only RunRamp's own one-line diagnostic, never libxml2's multi-line parser noise.
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count <= 1, "\(result.stderr)")
        #expect(
            lines.allSatisfy { $0.hasPrefix(Self.fixtures.appendingPathComponent(name).path + ":") }, "\(result.stderr)"
        )
        #expect(result.stdout.hasPrefix("{"))
    }

    @Test func textReportNamesTheFileOnError() throws {
        let path = Self.fixtures.appendingPathComponent("hostile/billion_laughs.gpx").path
        let result = try runRamp(["inspect", path])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix(path + ":3:"))
        #expect(result.stderr.contains("entity declaration 'lol' refused"))
    }
}
