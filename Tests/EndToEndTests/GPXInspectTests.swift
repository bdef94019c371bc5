import Foundation
import TestSupport
import Testing

/// `runramp inspect` on GPX and TCX files, as a user runs it: exit status and stderr (the report's
/// values and key order are tested in-process, `InspectUseCaseTests`).
@Suite struct GPXInspectTests {
    static let fixtures = packageRoot.appendingPathComponent("Tests/GPXTests/Fixtures")

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
