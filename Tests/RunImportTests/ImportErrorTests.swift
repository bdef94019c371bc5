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
        let zip = ImportError(.zip(.cutShort(wanted: 30, atByte: 100, of: 120)), path: "c.zip")
        #expect(zip.description == "c.zip: zip: cut short: 30 bytes wanted at byte 100 of 120")
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

    /// The reasons that once carried a sentence are typed now; each is worded by its one `description`.
    @Test func typedReasonsKeepTheirWording() {
        #expect(
            ImportError(.zip(.member("a.gpx", .compressionMethod(14))), path: "x.zip").message
                == "zip: a.gpx uses compression method 14; only stored and deflate are read")
        #expect(
            ImportError(.zip(.member("a.gpx", .sizeDiffers(more: false))), path: "x.zip").message
                == "zip: a.gpx: fewer bytes than its directory entry says (damaged archive, or a zip bomb)")
        #expect(
            ImportError(.decompression(.badData(nearByte: 10, zlib: "invalid block type")), path: "a.gz").message
                == "gzip: bad gzip data near byte 10: invalid block type")
        #expect(
            ImportError(.decompression(.truncated(atByte: 7)), path: "a.gz").message
                == "gzip: truncated gzip data at byte 7")
        #expect(
            ImportError(.unreadable(.cutShort(atByte: 12)), path: "a.fit").message
                == "cannot read the file: cut short at byte 12")
        #expect(
            ImportError(.limit(.fileBytes(2_000, limit: 1_024, .fileSize)), path: "a.fit").message
                == "refused: 2000 bytes, larger than 1 KiB (limit: file size)")
        #expect(
            ImportError(.limit(.uncompressed(member: "b.fit", limit: 1 << 20, .memberSize)), path: "a.zip").message
                == "refused: b.fit: more than 1 MiB uncompressed (limit: member size)")
    }
}
