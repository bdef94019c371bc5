import FIT
import Foundation
import GPX
import RunModel
import Testing

@testable import RunImport

/// The one formatter of failures (`path:line:col: …`, `path: byte N: …`, `path: …`) and the typed
/// errors reaching the report from the readers.
@Suite struct ImportErrorTests {
    @Test func oneFormatterPlacesEachKindOfLocation() {
        let gpx = ImportError(.gpx(GPXError(.emptyFile, line: 3, column: 9)), path: "a.gpx")
        #expect(gpx.description == "a.gpx:3:9: the file is empty")
        #expect(gpx.reasonText == "3:9: the file is empty")
        let fit = ImportError(.fit(FITError(.undefinedLocalMessage(5), at: 1_204)), path: "b.fit")
        #expect(fit.description == "b.fit: byte 1204: local message 5 used before its definition")
        #expect(fit.reasonText == "byte 1204: local message 5 used before its definition")
        let zip = ImportError(.zip("cut short"), path: "c.zip")
        #expect(zip.description == "c.zip: zip: cut short")
        #expect(zip.location == nil)
        let health = ImportError(
            .afterWorkouts(4, .gpx(GPXError(.malformedXML(message: "expected '>'"), line: 10, column: 2))),
            path: "export.xml")
        #expect(
            health.description == "export.xml:10:2: malformed XML: expected '>' (the 4 workouts before it are imported)"
        )
        #expect(health.location == .lineColumn(line: 10, column: 2))
    }

    @Test func decodeFailuresReachTheReportTypedWithoutBeingRecorded() async throws {
        let gpx = GeneratedFiles.gpx(start: Date(timeIntervalSince1970: 1_760_000_000), distance: 3_000)
        let (report, recorder, folder) = try await FileReaderTests.importFolder([
            "cut.gpx": Array(gpx.utf8.prefix(gpx.utf8.count / 2)),
            "cut.fit": Array(
                FITWriter.activity(start: Date(timeIntervalSince1970: 1_760_000_000), distance: 3_000).prefix(9)),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(recorder.batches.reduce(0, +) == 0)
        #expect(report.failures.count == 2)
        let cutGPX = try #require(report.failures.first { $0.path.hasSuffix("cut.gpx") })
        guard case .gpx(let gpxError) = cutGPX.error.reason else {
            Issue.record("a cut GPX file should fail with the GPX reader's error: \(cutGPX.error)")
            return
        }
        #expect(gpxError.line > 1)
        #expect(
            ImportReport.line(for: cutGPX)
                == "failed: \(cutGPX.path):\(gpxError.line):\(gpxError.column): \(gpxError.explanation)")
        let cutFIT = try #require(report.failures.first { $0.path.hasSuffix("cut.fit") })
        guard case .fit(let fitError) = cutFIT.error.reason else {
            Issue.record("a cut FIT file should fail with the FIT reader's error: \(cutFIT.error)")
            return
        }
        #expect(
            ImportReport.line(for: cutFIT) == "failed: \(cutFIT.path): byte \(fitError.offset): \(fitError.explanation)"
        )
    }
}
