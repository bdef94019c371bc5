import Foundation
import RunModel
import Testing

@testable import RunImport

/// The limits of docs/import-limits.md on what the exports brought: a zip inside a zip shares the
/// outer one's `ArchiveBudget` (bytes and depth), a nested zip is not held to the member limit (it is
/// copied to disk), and an Apple Health export.xml is streamed within its own limit, not the member
/// or file limit.
@Suite struct NestedArchiveLimitsTests {
    static let run = ZipHostileTests.run
    static let otherRun = ZipHostileTests.otherRun

    /// outer.zip holding inner.zip (a.gpx: 5 km) and b.gpx (6 km), all stored.
    static func nested() -> (outer: [UInt8], inner: [UInt8]) {
        var inner = ZipBuilder()
        inner.add("a.gpx", run)
        let innerBytes = inner.finish()
        var outer = ZipBuilder()
        outer.add("inner.zip", innerBytes)
        outer.add("b.gpx", otherRun)
        return (outer.finish(), innerBytes)
    }

    static func distances(_ recorder: RecorderFake) -> [Int] {
        recorder.runs.map { Int($0.distanceMeters.rounded()) }.sorted()
    }

    @Test func aNestedZipIsReadWithinTheLimitsAndNotHeldToTheMemberLimit() async throws {
        let (outer, inner) = Self.nested()
        var limits = ImportLimits.standard
        // Smaller than inner.zip, larger than either GPX: the inner zip is copied to disk, not held.
        limits.maximumMemberBytes = max(Self.run.count, Self.otherRun.count) + 10
        #expect(inner.count > limits.maximumMemberBytes)
        let (report, recorder, folder) = try await ZipHostileTests.importArchive(outer, limits: limits)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(report.failures.isEmpty)
        #expect(Self.distances(recorder) == [5_000, 6_000])
        let paths = recorder.runs.map(\.source.path).sorted()
        #expect(
            paths == [
                folder.appendingPathComponent("a.zip/b.gpx").path,
                folder.appendingPathComponent("a.zip/inner.zip/a.gpx").path,
            ])
    }

    @Test func theOuterArchiveSizeCoversTheNestedOnesMembers() async throws {
        let (outer, inner) = Self.nested()
        var limits = ImportLimits.standard
        // inner.zip and b.gpx fit; a.gpx inside inner.zip is one byte over what is left.
        limits.maximumArchiveBytes = Int64(inner.count + Self.otherRun.count + Self.run.count - 1)
        let (report, recorder, folder) = try await ZipHostileTests.importArchive(outer, limits: limits)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.distances(recorder) == [6_000])
        #expect(report.failures.map(\.path) == [folder.appendingPathComponent("a.zip/inner.zip").path])
        #expect(
            report.failures.map(\.reason) == [
                "refused: more than \(limits.maximumArchiveBytes) bytes uncompressed in one archive (limit: archive size)"
            ])

        // One byte more and everything fits.
        limits.maximumArchiveBytes += 1
        let (fits, fitsRecorder, folder2) = try await ZipHostileTests.importArchive(outer, limits: limits)
        defer { try? FileManager.default.removeItem(at: folder2) }
        #expect(fits.failures.isEmpty)
        #expect(Self.distances(fitsRecorder) == [5_000, 6_000])
    }

    @Test func theArchiveDepthLimitIsTheOneDepth() async throws {
        let (outer, _) = Self.nested()
        var limits = ImportLimits.standard
        limits.maximumArchiveDepth = 1
        let (report, recorder, folder) = try await ZipHostileTests.importArchive(outer, limits: limits)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.distances(recorder) == [6_000])
        #expect(
            report.failures.map(\.reason) == [
                "refused: a .zip archive nested more than 1 deep: unzip the outer ones and import the folder (limit: archive depth)"
            ])
    }

    static let healthXML = Array(
        ExportBuilder.healthExport([
            ExportBuilder.healthWorkout(
                type: "Running", start: "2024-03-10 06:40:00 +0100", end: "2024-03-10 07:35:00 +0100", minutes: 52.5,
                distance: (10.2, "km"), newer: false, indoor: true)
        ]).utf8)

    @Test func anAppleHealthExportInAZipIsStreamedWithinItsOwnLimit() async throws {
        var builder = ZipBuilder()
        builder.add("apple_health_export/export.xml", Self.healthXML)
        let archive = builder.finish()
        var limits = ImportLimits.standard
        limits.maximumMemberBytes = 256
        limits.maximumFileBytes = 256
        #expect(Self.healthXML.count > 256)
        let (report, recorder, folder) = try await ZipHostileTests.importArchive(archive, limits: limits)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(report.failures.isEmpty)
        #expect(Self.distances(recorder) == [10_200])

        limits.maximumHealthExportBytes = Self.healthXML.count - 1
        let (refused, refusedRecorder, folder2) = try await ZipHostileTests.importArchive(archive, limits: limits)
        defer { try? FileManager.default.removeItem(at: folder2) }
        #expect(refusedRecorder.runs.isEmpty)
        #expect(
            refused.failures.map(\.reason) == [
                "refused: apple_health_export/export.xml: more than \(Self.healthXML.count - 1) bytes uncompressed (limit: Apple Health export)"
            ])
    }

    @Test func anAppleHealthExportOnDiskIsStreamedWithinItsOwnLimit() async throws {
        let folder = try TestTools.temporaryFolder("health-limits")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExportBuilder.write(Data(Self.healthXML), "apple_health_export/export.xml", in: folder)
        var limits = ImportLimits.standard
        limits.maximumFileBytes = 256
        limits.maximumMemberBytes = 256
        let recorder = RecorderFake()
        let report = try await Importer(known: [], limits: limits).run(paths: [folder.path]) { recorder.record($0) }
        #expect(report.failures.isEmpty)
        #expect(Self.distances(recorder) == [10_200])

        limits.maximumHealthExportBytes = Self.healthXML.count - 1
        let refusedRecorder = RecorderFake()
        let refused = try await Importer(known: [], limits: limits).run(paths: [folder.path]) {
            refusedRecorder.record($0)
        }
        #expect(refusedRecorder.runs.isEmpty)
        #expect(
            refused.failures.map(\.reason) == [
                "refused: \(Self.healthXML.count) bytes, larger than \(Self.healthXML.count - 1) bytes (limit: Apple Health export)"
            ])
    }
}
