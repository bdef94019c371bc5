import Foundation
import TestSupport

@testable import GPX

/// Bytes of a fixture under Tests/GPXTests/Fixtures.
func fixtureData(_ name: String) throws -> Data {
    try Data(contentsOf: fixtureURL(name))
}

func fixtureURL(_ name: String) -> URL {
    let base = Bundle.module.resourceURL ?? Bundle.module.bundleURL
    return base.appendingPathComponent("Fixtures").appendingPathComponent(name)
}

/// Reads a fixture, failing the test with the reader's error.
func readFixture(_ name: String) throws -> GPXDocument {
    try GPXReader.read(try fixtureData(name))
}

/// The error reading the bytes throws, or nil if they parse.
func readError(_ data: Data) -> GPXError? {
    do {
        _ = try GPXReader.read(data)
        return nil
    } catch {
        return error
    }
}

/// `../shared/corpus/gpx` beside the package root, if present.
func sharedGPXCorpus() -> URL? {
    sharedCorpus(containing: "gpx")?.appendingPathComponent("gpx")
}

func date(_ text: String) -> Date? {
    ISO8601Time.date(from: text)
}

/// All points of all tracks, in order.
extension GPXDocument {
    var allTrackPoints: [GPXPoint] { tracks.flatMap { $0.segments.flatMap(\.points) } }
}
