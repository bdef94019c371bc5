import Foundation
import Testing

@testable import GPX

/// Every GPX of ../shared/corpus/gpx against gpxpy's reading of it (expected/NAME.json), within
/// the tolerances of docs/inspect-json.md.
@Suite struct CorpusTests {
    static let files: [URL] = {
        guard let corpus = sharedGPXCorpus(),
            let names = try? FileManager.default.contentsOfDirectory(atPath: corpus.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".gpx") }.sorted().map { corpus.appendingPathComponent($0) }
    }()

    @Test(.enabled(if: sharedGPXCorpus() != nil, "needs ../shared/corpus/gpx"))
    func corpusHasFilesWithExpectations() {
        #expect(Self.files.count >= 13)
    }

    @Test(.enabled(if: sharedGPXCorpus() != nil, "needs ../shared/corpus/gpx"), arguments: files)
    func matchesGpxpy(file: URL) throws {
        let expectedURL = file.deletingLastPathComponent().appendingPathComponent("expected")
            .appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".json")
        let expected = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL)) as? [String: Any])
        let document: GPXDocument
        do {
            document = try GPXReader.read(try Data(contentsOf: file))
        } catch {
            #expect(expected["valid"] as? Bool == false, "we refused \(file.lastPathComponent): \(error)")
            return
        }
        let isValid = document.issues.isEmpty
        #expect(expected["valid"] as? Bool == isValid, "\(document.issues)")
        guard isValid else { return }
        let summary = GPXSummary(document)
        var differences: [String] = []
        func same(_ key: String, _ actual: Any?) {
            let wanted = expected[key]
            if !GPXJSONTolerance.matches(key: key, expected: wanted, actual: actual) {
                differences.append("\(key): expected \(String(describing: wanted)), got \(String(describing: actual))")
            }
        }
        same("version", document.version)
        same("creator", document.creator)
        same("tracks", summary.tracks)
        same("segments", summary.segments)
        same("track_points", summary.trackPoints)
        same("routes", summary.routes)
        same("route_points", summary.routePoints)
        same("waypoints", summary.waypoints)
        same("first_point_time", summary.firstPointTime.map(ISO8601Time.string(from:)))
        same("last_point_time", summary.lastPointTime.map(ISO8601Time.string(from:)))
        same("length_2d", summary.length2DMeters)
        same("points_with_heart_rate", summary.pointsWithHeartRate)
        let point = expected["first_point"] as? [String: Any]
        #expect((point == nil) == (summary.firstPoint == nil), "first_point presence")
        if let point, let first = summary.firstPoint {
            for (key, value) in [("lat", first.latitude), ("lon", first.longitude), ("ele", first.elevation)] {
                if !GPXJSONTolerance.matches(key: key, expected: point[key], actual: value) {
                    differences.append(
                        "first_point.\(key): expected \(String(describing: point[key])), got \(String(describing: value))"
                    )
                }
            }
        }
        #expect(differences.isEmpty, "\(file.lastPathComponent): \(differences.joined(separator: "; "))")
    }
}

/// The comparison rules of the corpus's compare.py: counts, names and times exact; floats within
/// 1e-6 relative; positions within 1e-7 degrees; length_2d within 0.5 %.
enum GPXJSONTolerance {
    static func matches(key: String, expected: Any?, actual: Any?) -> Bool {
        let expectedIsNull = expected == nil || expected is NSNull
        guard let actual else { return expectedIsNull }
        guard !expectedIsNull else { return false }
        switch actual {
        case let text as String:
            return (expected as? String) == text
        case let count as Int:
            return (expected as? NSNumber)?.doubleValue == Double(count)
        case let value as Double:
            guard let wanted = (expected as? NSNumber)?.doubleValue else { return false }
            switch key {
            case "length_2d": return abs(value - wanted) <= 0.005 * max(abs(wanted), 1e-9)
            case "lat", "lon": return abs(value - wanted) <= 1e-7
            default: return abs(value - wanted) <= 1e-6 * max(abs(wanted), 1e-9)
            }
        default:
            return false
        }
    }
}
