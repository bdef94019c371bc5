import Foundation
import RunModel
import Testing

@testable import RunImport

/// A GPS spike in a file costs nothing but a note (docs/local-dates.md, "Clean data").
@Suite struct SpikeImportTests {
    @Test func anEightKilometreRunWithTwoSpikesImportsAsEightKilometres() async throws {
        let folder = try TestTools.temporaryFolder("spikes")
        defer { try? FileManager.default.removeItem(at: folder) }
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        let clean = GeneratedFiles.gpx(start: start, distance: 8_000, points: 801, interval: 3)
        var lines = clean.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let points = lines.indices.filter { lines[$0].hasPrefix("<trkpt") }
        for index in [points[200], points[600]] {
            // 47.0… → 47.8…: about 89 km north, the fix of a confused receiver.
            lines[index] = lines[index].replacingOccurrences(of: "lat=\"47.0", with: "lat=\"47.8")
        }
        try TestTools.write(clean, to: folder.appendingPathComponent("clean.gpx"))
        try TestTools.write(lines.joined(separator: "\n"), to: folder.appendingPathComponent("spiked.gpx"))
        let recorder = RecorderFake()
        let report = try await Importer(known: []).run(paths: [folder.path]) { recorder.record($0) }
        // The two files are the same run, so the second one is a duplicate; both are measured.
        #expect(report.imported == 1)
        let run = try #require(recorder.runs.first)
        #expect(abs(run.distanceMeters - 8_000) < 5)
        let cleanSamples = GPSSpikeFilter.clean(run.samples, sport: .running)
        #expect(cleanSamples.dropped == 0)

        let spikedText = lines.joined(separator: "\n")
        guard
            case .run(let spikedRun, let notes) = ParserDispatch.decode(
                Data(spikedText.utf8), format: .gpx,
                source: RunSource(path: "spiked.gpx", format: .gpx, contentHash: "s"))
        else {
            Issue.record("the spiked file did not decode as a run")
            return
        }
        #expect(abs(spikedRun.distanceMeters - 8_000) < 5)
        #expect(notes.map(\.description) == ["dropped 2 GPS points implying > 45 km/h"])
        #expect(spikedRun.samples.filter { $0.latitude == nil }.count == 2)
    }
}
