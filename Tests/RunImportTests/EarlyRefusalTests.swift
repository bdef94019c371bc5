import Foundation
import Testing

@testable import RunImport

/// Compressed content whose first bytes cannot start a workout (zeros, a photo) is refused after
/// its first chunk, not inflated whole: a gzip or zip bomb of zeros costs milliseconds and 4 KiB.
@Suite struct EarlyRefusalTests {
    @Test func aGzipOfZerosStopsAfterItsFirstChunk() throws {
        let zeros = try TestTools.gzip(Data(count: 64 << 20))
        let head = try zeros.withUnsafeBytes { buffer in
            try Result { () throws(ImportError.Reason) in
                try Gunzip.inflate(buffer, limit: 512 << 20, stopUnlessWorkout: true)
            }.get()
        }
        #expect(head.count == 4_096)
        #expect(head.allSatisfy { $0 == 0 })
        let gpx = Data(ZipHostileTests.run)
        let whole = try TestTools.gzip(gpx).withUnsafeBytes { buffer in
            try Result { () throws(ImportError.Reason) in
                try Gunzip.inflate(buffer, limit: 512 << 20, stopUnlessWorkout: true)
            }.get()
        }
        #expect(whole == gpx)
    }

    @Test func theFirstBytesDecide() {
        #expect(!FileFormat.mayHoldWorkout([UInt8](repeating: 0, count: 4_096)))
        #expect(!FileFormat.mayHoldWorkout(Array("\u{89}PNG\r\n\u{1A}\n".utf8) + [UInt8](repeating: 7, count: 100)))
        #expect(
            FileFormat.mayHoldWorkout(
                Array("<?xml version=\"1.0\"?>\n<!-- ".utf8) + [UInt8](repeating: 0x78, count: 5_000)))
        #expect(FileFormat.mayHoldWorkout(Array("date,distance,duration\n2026-10-01,5km,30:00\n".utf8)))
        #expect(FileFormat.mayHoldWorkout([14, 0x20, 0x5C, 0x08, 0, 0, 0, 0] + Array(".FIT".utf8)))
    }

    @Test func aZipMemberOfZerosIsCountedWithoutBeingInflatedWhole() async throws {
        var zip = ZipBuilder()
        let zeros = Data(count: 8 << 20)
        zip.add("zeros.gpx", [UInt8](zeros), deflated: try ZipBuilder.rawDeflate(zeros))
        zip.add("run.gpx", ZipHostileTests.run)
        var limits = ImportLimits.standard
        // Below the zeros' size: inflating the member whole would refuse it over the limit instead.
        limits.maximumMemberBytes = 1 << 20
        let (report, recorder, folder) = try await ZipHostileTests.importArchive(zip.finish(), limits: limits)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(report.failures.isEmpty)
        #expect(report.notActivities == 1)
        #expect(recorder.runs.count == 1)
    }
}
