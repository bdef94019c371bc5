import Foundation
import TestSupport
import Testing

/// `runramp inspect --json` on the GPX fixtures against gpxpy (Scripts/gpx_crosscheck.py), with
/// the tolerances of docs/inspect-json.md. Runs when RUNRAMP_PYTHON names a Python with gpxpy.
///
/// Left out on purpose, where RunRamp is deliberately more lenient or stricter than gpxpy:
/// undeclared_prefix.gpx (gpxpy rejects an undeclared `gpxtpx:` prefix; we read it), UTF-16 files
/// (the oracle opens files as UTF-8), entity-free DTD tricks and non-GPX roots (we refuse them).
@Suite struct GPXCrossCheckTests {
    static let python = ProcessInfo.processInfo.environment["RUNRAMP_PYTHON"]
    static let fixtures = packageRoot.appendingPathComponent("Tests/GPXTests/Fixtures")
    static let names = [
        "garmin_tpx_v1.gpx", "garmin_tpx_v2_ns3.gpx", "strava.gpx", "vendor_heartrate_no_namespace.gpx", "gpx10.gpx",
        "missing_namespace.gpx", "wrong_namespace.gpx", "times_offsets_fractions.gpx", "routes_waypoints.gpx",
        "no_points.gpx", "hostile/truncated.gpx", "hostile/not_xml.bin", "hostile/billion_laughs.gpx",
        "hostile/external_entity.gpx", "hostile/undeclared_entity.gpx",
    ]

    @Test(.enabled(if: python != nil, "set RUNRAMP_PYTHON to a Python that has gpxpy"), arguments: names)
    func inspectAgreesWithGpxpy(name: String) throws {
        let file = Self.fixtures.appendingPathComponent(name)
        let oracle = try Self.runPython([
            packageRoot.appendingPathComponent("Scripts/gpx_crosscheck.py").path, file.path,
        ])
        let ours = try runRamp(["inspect", file.path, "--json"])
        let expected = try JSONSerialization.jsonObject(with: Data(oracle.utf8))
        let actual = try JSONSerialization.jsonObject(with: Data(ours.stdout.utf8))
        var differences: [String] = []
        GPXJSONComparison.compare(expected, actual, path: "$", into: &differences)
        #expect(differences.isEmpty, "\(name): \(differences.joined(separator: "; "))")
    }

    static func runPython(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python ?? "python3")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// compare.py's rules in Swift: every key of the expected object must match; `error` texts differ
/// between readers and are skipped; counts, names and times exact; floats within 1e-6 relative,
/// lat/lon within 1e-7 degrees, length_2d within 0.5 %.
enum GPXJSONComparison {
    static func compare(_ expected: Any, _ actual: Any?, path: String, into differences: inout [String]) {
        if path.hasSuffix(".valid") {
            if (expected as? Bool) != (actual as? Bool) {
                differences.append("\(path): expected \(expected), got \(String(describing: actual))")
            }
            return
        }
        switch expected {
        case let object as [String: Any]:
            guard let other = actual as? [String: Any] else {
                differences.append("\(path): expected an object, got \(String(describing: actual))")
                return
            }
            for (key, value) in object where key != "error" {
                compare(value, other[key], path: "\(path).\(key)", into: &differences)
            }
        case let array as [Any]:
            guard let other = actual as? [Any], other.count == array.count else {
                differences.append("\(path): expected \(array.count) items")
                return
            }
            for (index, value) in array.enumerated() {
                compare(value, other[index], path: "\(path)[\(index)]", into: &differences)
            }
        case let number as NSNumber:
            guard let other = actual as? NSNumber else {
                differences.append("\(path): expected \(number), got \(String(describing: actual))")
                return
            }
            let wanted = number.doubleValue
            let got = other.doubleValue
            let key = path.split(separator: ".").last.map(String.init) ?? ""
            let ok: Bool
            switch key {
            case "length_2d": ok = abs(got - wanted) <= 0.005 * max(abs(wanted), 1e-9)
            case "lat", "lon": ok = abs(got - wanted) <= 1e-7
            default: ok = abs(got - wanted) <= 1e-6 * max(abs(wanted), 1e-9)
            }
            if !ok { differences.append("\(path): expected \(wanted), got \(got)") }
        case is NSNull:
            if !(actual is NSNull) { differences.append("\(path): expected null, got \(String(describing: actual))") }
        default:
            if "\(expected)" != "\(actual ?? "nil")" {
                differences.append("\(path): expected \(expected), got \(String(describing: actual))")
            }
        }
    }
}
