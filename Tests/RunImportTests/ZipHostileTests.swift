import Foundation
import RunModel
import TestSupport
import Testing

@testable import RunImport

/// Damaged and hostile archives built byte by byte: each is refused with its reason, never read as
/// empty, and a zip bomb is refused before any of it is inflated.
@Suite struct ZipHostileTests {
    static let start = Date(timeIntervalSince1970: 1_760_000_000)
    static let run = Array(GeneratedFiles.gpx(start: start, distance: 5_000).utf8)
    static let otherRun = Array(GeneratedFiles.gpx(start: start.addingTimeInterval(86_400), distance: 6_000).utf8)

    static func importArchive(_ bytes: [UInt8], limits: ImportLimits = .standard) async throws -> (
        ImportReport, RecorderFake, URL
    ) {
        let folder = try TestTools.temporaryFolder("zip-hostile")
        let archive = folder.appendingPathComponent("a.zip")
        try Data(bytes).write(to: archive)
        let recorder = RecorderFake()
        let report = try await Importer(known: [], limits: limits).run(paths: [archive.path]) { recorder.record($0) }
        return (report, recorder, folder)
    }

    @Test func aWellFormedArchiveBuiltByHandImports() async throws {
        var builder = ZipBuilder()
        builder.add("a.gpx", Self.run)
        builder.add("b.gpx", Self.otherRun)
        let (report, recorder, folder) = try await Self.importArchive(builder.finish())
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(report.failures.isEmpty)
        #expect(report.imported == 2)
        #expect(recorder.runs.map { Int($0.distanceMeters.rounded()) }.sorted() == [5_000, 6_000])
    }

    /// Members named to climb out of the folder they are unzipped in, or from the root, are each
    /// listed as failed with the reason; hidden files stay skipped, "./" names are read.
    @Test func membersThatClimbOutOfTheArchiveAreListedWithTheirReason() async throws {
        var builder = ZipBuilder()
        builder.add("a.gpx", Self.run)
        builder.add("./b.gpx", Self.otherRun)
        for name in ["../up.gpx", "runs/../../x.gpx", "/etc/abs.gpx", "..\\win.gpx", "C:\\runs\\c.gpx", ".hidden.gpx"] {
            builder.add(name, Self.run)
        }
        let (report, recorder, folder) = try await Self.importArchive(builder.finish())
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(report.imported == 2)
        #expect(recorder.runs.map { Int($0.distanceMeters.rounded()) }.sorted() == [5_000, 6_000])
        let archive = folder.appendingPathComponent("a.zip").path
        let climbs = "zip: a member whose name climbs out of the archive (..): not read (no export names its files so)"
        let absolute = "zip: a member named with an absolute path: not read (no export names its files so)"
        #expect(
            report.failures.map { "\($0.path): \($0.reason)" }.sorted() == [
                "\(archive)/../up.gpx: \(climbs)", "\(archive)/..\\win.gpx: \(climbs)",
                "\(archive)//etc/abs.gpx: \(absolute)", "\(archive)/C:\\runs\\c.gpx: \(absolute)",
                "\(archive)/runs/../../x.gpx: \(climbs)",
            ])
    }

    /// Fifield's "better zip bomb": a thousand central entries share one 64 MiB deflate stream.
    @Test(.enabled(if: TestTools.hasGzip, "needs gzip to deflate the kernel"))
    func overlappingMembersAreRefusedBeforeInflating() async throws {
        let kernel = try ZipBuilder.rawDeflate(Data(count: 64 << 20))
        var builder = ZipBuilder()
        let shared = ZipBuilder.Entry(
            name: "0.gpx", method: 8, crc: 0, compressedSize: UInt32(kernel.count), uncompressedSize: 64 << 20,
            localOffset: 0)
        builder.addLocalHeader(shared)
        let archive0 = builder
        var bytes = archive0.bytes + kernel
        // Every entry points at the same local header and data.
        var directory: [UInt8] = []
        for index in 0..<1_000 {
            var entry = shared
            entry.name = "\(index).gpx"
            directory += ZipBuilder.centralEntry(entry)
        }
        let offset = bytes.count
        bytes += directory
        bytes += [0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0] + ZipBuilder.le16(1_000) + ZipBuilder.le16(1_000)
        bytes += ZipBuilder.le32(UInt32(directory.count)) + ZipBuilder.le32(UInt32(offset)) + ZipBuilder.le16(0)
        #expect(bytes.count < 200_000, "the bomb is small: \(bytes.count) bytes")
        let (report, recorder, folder) = try await Self.importArchive(bytes)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(report.imported == 0)
        #expect(recorder.batches.isEmpty, "nothing was read")
        #expect(report.failures.count == 1)
        let reason = try #require(report.failures.first?.reason)
        #expect(
            reason.hasPrefix("zip: members ")
                && reason.hasSuffix(" overlap at byte 0 (a zip bomb, or a damaged archive): refused"), "\(reason)")
        #expect(report.failedEntirely)
    }

    /// The other shape: local headers one after another, each member's data running over the next ones.
    @Test func membersWhoseDataRunsOverTheNextAreRefused() async throws {
        var builder = ZipBuilder()
        builder.add("a.gpx", Self.run)
        builder.add("b.gpx", Self.otherRun)
        var entries = builder.entries
        entries[0].compressedSize += 40
        let (report, _, folder) = try await Self.importArchive(builder.finish(entries: entries))
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            report.failures.map(\.reason) == [
                "zip: members a.gpx and b.gpx overlap at byte \(entries[1].localOffset) (a zip bomb, or a damaged archive): refused"
            ])
    }

    @Test(arguments: [
        // The end record lists no member, though two are there.
        (UInt16(0), 0, "zip: the end record lists no members, but"),
        // It lists one of two.
        (UInt16(1), 0, "zip: the central directory holds 2 members, the end record says 1 (damaged archive)"),
        // It points the directory elsewhere.
        (UInt16(2), -7, "zip: the end record puts the central directory at bytes"),
    ])
    func aLyingEndRecordIsRefusedNotReadAsEmpty(count: UInt16, delta: Int, reason: String) async throws {
        var builder = ZipBuilder()
        builder.add("a.gpx", Self.run)
        builder.add("b.gpx", Self.otherRun)
        let (report, _, folder) = try await Self.importArchive(builder.finish(countOverride: count, offsetDelta: delta))
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(report.imported == 0)
        #expect(report.filesSeen == 1)
        #expect(report.failures.count == 1)
        #expect(report.failures.first?.reason.hasPrefix(reason) == true, "\(report.failures)")
    }

    @Test func anEndRecordListingNothingBeforeMembersIsRefused() async throws {
        var builder = ZipBuilder()
        builder.add("a.gpx", Self.run)
        // An empty directory right before the end record: consistent in itself, yet members precede it.
        let (report, _, folder) = try await Self.importArchive(builder.finish(entries: []))
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            report.failures.map(\.reason) == [
                "zip: the end record lists no members, but \(builder.bytes.count) bytes come before it (damaged end record)"
            ])
        #expect(report.failedEntirely)
    }

    @Test func aBadLocalHeaderOrEncryptedMemberFailsAloneAndTheOthersImport() async throws {
        var builder = ZipBuilder()
        builder.add("a.gpx", Self.run)
        builder.add("b.gpx", Self.otherRun)
        builder.add(
            "c.gpx", Array(GeneratedFiles.gpx(start: Self.start.addingTimeInterval(2 * 86_400), distance: 7_000).utf8),
            flags: 1)
        var bytes = builder.finish()
        let b = Int(builder.entries[1].localOffset)
        bytes[b] = 0x51  // "QK\3\4"
        let (report, recorder, folder) = try await Self.importArchive(bytes)
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("a.zip").path
        #expect(report.imported == 1)
        #expect(recorder.runs.map { Int($0.distanceMeters.rounded()) } == [5_000])
        #expect(report.failures.map(\.path) == [archive + "/b.gpx", archive + "/c.gpx"].sorted())
        let reasons = Dictionary(uniqueKeysWithValues: report.failures.map { ($0.path, $0.reason) })
        #expect(reasons[archive + "/b.gpx"] == "zip: b.gpx: no local header at byte \(b) (damaged archive)")
        #expect(reasons[archive + "/c.gpx"] == "zip: c.gpx: encrypted (password-protected) member: not supported")
    }

    @Test func aMemberInflatingPastItsDeclaredSizeIsRefused() async throws {
        var builder = ZipBuilder()
        builder.add("a.gpx", Self.run)
        var entries = builder.entries
        entries[0].uncompressedSize = 100
        let (report, _, folder) = try await Self.importArchive(builder.finish(entries: entries))
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(report.failures.map(\.reason) == ["zip: a.gpx: stored with two different sizes (damaged archive)"])
    }

    @Test(.enabled(if: TestTools.hasGzip, "needs gzip to deflate"))
    func aDeflatedMemberLongerThanDeclaredStopsAtTheDeclaredSize() async throws {
        var builder = ZipBuilder()
        builder.add("a.gpx", Self.run, deflated: try ZipBuilder.rawDeflate(Data(Self.run)))
        var entries = builder.entries
        entries[0].uncompressedSize = 1_000
        let (report, _, folder) = try await Self.importArchive(builder.finish(entries: entries))
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            report.failures.map(\.reason) == [
                "zip: a.gpx: more bytes than its directory entry says (damaged archive, or a zip bomb)"
            ])
    }

    @Test func archiveAndMemberLimitsAreEachOneLineNamingTheLimit() async throws {
        var builder = ZipBuilder()
        builder.add("a.gpx", Self.run)
        // Valid XML: a comment may follow the root element.
        builder.add("b.gpx", Self.otherRun + Array("<!-- padding -->".utf8))
        var limits = ImportLimits.standard
        limits.maximumMemberBytes = Self.otherRun.count + 10
        // b.gpx is over the member limit: refused when read, one line; a.gpx imports.
        let (report, recorder, folder) = try await Self.importArchive(builder.finish(), limits: limits)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(recorder.runs.map { Int($0.distanceMeters.rounded()) } == [5_000])
        #expect(
            report.failures.map(\.reason) == [
                "refused: b.gpx: more than \(Self.otherRun.count + 10) bytes uncompressed (limit: member size)"
            ])

        limits.maximumMemberBytes = 1 << 20
        limits.maximumArchiveBytes = Int64(Self.run.count + Self.otherRun.count)
        let (second, _, folder2) = try await Self.importArchive(builder.finish(), limits: limits)
        defer { try? FileManager.default.removeItem(at: folder2) }
        #expect(
            second.failures.map(\.reason) == [
                "refused: more than \(Self.run.count + Self.otherRun.count) bytes uncompressed in one archive (limit: archive size)"
            ])

        limits.maximumArchiveBytes = 1 << 30
        limits.maximumArchiveMembers = 1
        let (third, _, folder3) = try await Self.importArchive(builder.finish(), limits: limits)
        defer { try? FileManager.default.removeItem(at: folder3) }
        #expect(
            third.failures.map(\.reason) == ["refused: more than 1 members in one archive (limit: archive members)"])
    }

    @Test func nestedArchivesShareOneBudgetAndDepth() throws {
        var budget = ArchiveBudget(totalBytes: 1_000, totalDepth: 2)
        try budget.charge(600)
        var inner = try budget.nested()
        #expect(inner.remainingBytes == 400)
        #expect(inner.remainingDepth == 1)
        #expect(throws: ImportError.Reason.limit(.archiveBytes(limit: 1_000))) { try inner.charge(401) }
        #expect(
            ImportError(.limit(.archiveBytes(limit: 1_000)), path: "a.zip").reasonText
                == "refused: more than 1000 bytes uncompressed in one archive (limit: archive size)")
        #expect(throws: ImportError.Reason.limit(.nesting(depth: 2))) { try inner.nested() }
        #expect(
            ImportError(.limit(.nesting(depth: 2)), path: "a.zip").reasonText
                == "refused: a .zip archive nested more than 2 deep: unzip the outer ones and import the folder (limit: archive depth)"
        )
    }

    /// Cut, flipped and truncated variants of a small archive: each is read or refused with a
    /// reason, never silently empty, and none crashes.
    @Test func damagedVariantsNeverVanish() async throws {
        var builder = ZipBuilder()
        builder.add("a.gpx", Self.run)
        builder.add("b.gpx", Self.otherRun)
        let good = builder.finish()
        // A fixed seed: a failure replays.
        var generator = SplitMix64(seed: 0x5EED_0009)
        var variants: [[UInt8]] = (1..<40).map { Array(good.prefix(good.count * $0 / 40)) }
        for _ in 0..<60 {
            var bytes = good
            let index = Int(generator.next() % UInt64(bytes.count))
            bytes[index] ^= UInt8(1 + generator.next() % 255)
            variants.append(bytes)
        }
        for bytes in variants {
            let (report, _, folder) = try await Self.importArchive(bytes)
            try? FileManager.default.removeItem(at: folder)
            #expect(
                report.imported + report.duplicates + report.notActivities + report.failures.count >= 1,
                "\(bytes.count) bytes: \(report)")
        }
    }
}
