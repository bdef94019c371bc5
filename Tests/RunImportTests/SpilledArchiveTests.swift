import Foundation
import Testing

@testable import RunImport

/// The copy of a nested zip is private and nameless: mode 0600, no name left in TMPDIR from the
/// moment it is written, so no other user can read it and no exit path (SIGKILL included) leaves
/// it behind.
@Suite struct SpilledArchiveTests {
    @Test func theCopyIsPrivateAndHasNoName() throws {
        let (outer, inner) = NestedArchiveLimitsTests.nested()
        let folder = try TestTools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("outer.zip").path
        try Data(outer).write(to: URL(fileURLWithPath: path))
        var budget = ImportLimits.standard.archiveBudget
        let members = try ZipDirectory.members(
            of: .file(path: path), archivePath: path, limits: .standard, budget: &budget)
        let member = try #require(members.first { $0.name == "inner.zip" })
        let before = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
        let spilled = try SpilledArchive(member, limit: 1 << 20, bound: .archiveSize)
        var status = stat()
        #expect(fstat(spilled.descriptor, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)
        #expect(status.st_nlink == 0)
        #expect(Int(status.st_size) == inner.count)
        let after = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
        #expect(Set(after).subtracting(before).filter { $0.hasPrefix("runramp-nested-") }.isEmpty)
        // Read back through a duplicate descriptor, as the members are.
        let reader = try ZipSource.spilled(spilled).open()
        _ = reader
    }
}
