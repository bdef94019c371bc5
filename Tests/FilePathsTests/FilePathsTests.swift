import FilePaths
import Foundation
import Testing

@Suite struct FilePathsTests {
    @Test(arguments: [
        ("runs", "a.gpx", "runs/a.gpx"),
        ("runs/", "a.gpx", "runs/a.gpx"),
        ("/", "a.gpx", "/a.gpx"),
        ("/home/r", ".local/share/runramp/log.sqlite", "/home/r/.local/share/runramp/log.sqlite"),
        ("export.zip", "activities/1.fit", "export.zip/activities/1.fit"),
        ("/usr/share/zoneinfo", "", "/usr/share/zoneinfo/"),
    ])
    func joiningPutsOneSlashBetween(folder: String, name: String, joined: String) {
        #expect(FilePath.join(folder, name) == joined)
    }

    @Test func aLinkAndItsTargetAreOneFileAndAMissingFileIsItsResolvedLocation() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("filepaths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("log.sqlite")
        try Data("x".utf8).write(to: file)
        let link = dir.appendingPathComponent("link.sqlite")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
        #expect(FileIdentity(path: link.path) == FileIdentity(path: file.path))
        #expect(FileIdentity(path: dir.appendingPathComponent("other").path) != FileIdentity(path: file.path))

        let folderLink = dir.appendingPathComponent("folder-link")
        try FileManager.default.createSymbolicLink(at: folderLink, withDestinationURL: dir)
        let missing = FileIdentity(path: folderLink.appendingPathComponent("plan.md").path)
        #expect(missing == FileIdentity(path: dir.appendingPathComponent("plan.md").path))
        guard case .location(let where_) = missing else {
            Issue.record("a missing file has no inode")
            return
        }
        #expect(where_.hasSuffix("/plan.md") && !where_.contains("folder-link"))
    }
}
