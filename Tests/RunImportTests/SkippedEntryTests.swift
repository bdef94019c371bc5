import Foundation
import RunModel
import Testing

@testable import RunImport

/// Nothing is passed over in silence: `__MACOSX/` members, hidden names (in an archive and in a
/// folder) and a Strava export's routes/ are each listed with their typed reason, counted per
/// place where a place holds several, never read or recorded (docs/import-limits.md).
@Suite struct SkippedEntryTests {
    @Test func archiveMembersNotReadAreListedWithTheirReason() async throws {
        var builder = ZipBuilder()
        builder.add("a.gpx", ZipHostileTests.run)
        for index in 0..<120 { builder.add("__MACOSX/runs/._\(index).gpx", ZipHostileTests.otherRun) }
        builder.add(".DS_Store", [0, 0, 0, 1])
        builder.add("runs/.hidden.gpx", ZipHostileTests.otherRun)
        builder.add(".git/objects/inner.zip", [0x50, 0x4B, 0x03, 0x04])
        let (report, recorder, folder) = try await ZipHostileTests.importArchive(builder.finish())
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("a.zip").path
        #expect(report.imported == 1)
        #expect(report.filesSeen == 1)
        #expect(report.failures.isEmpty)
        #expect(recorder.runs.map { Int($0.distanceMeters.rounded()) } == [5_000])
        #expect(report.skipped.count == 123)
        #expect(report.skipped.filter { $0.reason == .macOSMetadata }.count == 120)
        #expect(
            Set(report.skipped.filter { $0.reason == .hidden }.map(\.path)) == [
                "\(archive)/.DS_Store", "\(archive)/runs/.hidden.gpx", "\(archive)/.git/objects/inner.zip",
            ])
        #expect(
            SkippedEntry.lines(report.skipped) == [
                "skipped: \(archive)/.DS_Store: a hidden name (starts with \".\"): skipped",
                "skipped: \(archive)/.git/objects/inner.zip: a hidden name (starts with \".\"): skipped",
                "skipped: \(archive)/__MACOSX/: 120 macOS metadata files skipped",
                "skipped: \(archive)/runs/.hidden.gpx: a hidden name (starts with \".\"): skipped",
            ])
        #expect(report.summary.split(separator: "\n").filter { $0.hasPrefix("skipped: ") }.count == 4)
    }

    @Test func hiddenNamesAndStravaRoutesInAFolderAreListed() async throws {
        let folder = try TestTools.temporaryFolder("skipped-entries")
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("export_1")
        try TestTools.write(
            "Activity ID,Activity Name,Activity Type,Filename\n1,Easy,Run,activities/1.gpx\n",
            to: export.appendingPathComponent("activities.csv"))
        try TestTools.write(
            String(decoding: ZipHostileTests.run, as: UTF8.self), to: export.appendingPathComponent("activities/1.gpx"))
        try TestTools.write(GeneratedFiles.route(), to: export.appendingPathComponent("routes/7.gpx"))
        try TestTools.write("x", to: folder.appendingPathComponent(".DS_Store"))
        try TestTools.write("x", to: folder.appendingPathComponent(".git/HEAD"))
        try TestTools.write("x", to: export.appendingPathComponent(".keep"))
        let recorder = RecorderFake()
        let report = try await Importer(known: []).run(paths: [folder.path]) { recorder.record($0) }
        #expect(report.imported == 1)
        #expect(
            report.skipped.sorted { $0.path < $1.path } == [
                SkippedEntry(path: folder.path + "/.DS_Store", reason: .hidden),
                SkippedEntry(path: folder.path + "/.git", reason: .hidden),
                SkippedEntry(path: export.path + "/.keep", reason: .hidden),
                SkippedEntry(path: export.path + "/routes/", reason: .stravaRoute),
            ])
        #expect(
            SkippedEntry.lines(report.skipped) == [
                "skipped: \(folder.path)/: 2 hidden names (starting with \".\") skipped",
                "skipped: \(export.path)/.keep: a hidden name (starts with \".\"): skipped",
                "skipped: \(export.path)/routes/: a planned route of a Strava export (routes/), not an activity: skipped",
            ])
    }

    @Test func manyRoutesOfAnArchivedExportAreCounted() async throws {
        var builder = ZipBuilder()
        builder.add(
            "activities.csv",
            Array("Activity ID,Activity Name,Activity Type,Filename\n1,Easy,Run,activities/1.gpx\n".utf8))
        builder.add("activities/1.gpx", ZipHostileTests.run)
        for index in 0..<3 { builder.add("routes/\(index).gpx", Array(GeneratedFiles.route().utf8)) }
        let (report, _, folder) = try await ZipHostileTests.importArchive(builder.finish())
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("a.zip").path
        #expect(report.imported == 1)
        #expect(
            SkippedEntry.lines(report.skipped) == [
                "skipped: \(archive)/routes/: 3 planned routes of a Strava export skipped (not activities)"
            ])
    }
}
