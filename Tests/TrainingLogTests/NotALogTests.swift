import FilePaths
import Foundation
import Testing

@testable import TrainingLog

/// `--db` at something that is not a training log is refused with what it is, before SQLite
/// writes anything beside it (as root, SQLite would create /dev/null-journal).
@Suite struct NotALogTests {
    @Test(arguments: [LogDatabase.Access.readOnly, .readWrite])
    func aFolderADeviceOrAGPXFileIsNotALog(_ access: LogDatabase.Access) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let gpx = folder.appendingPathComponent("run.gpx").path
        let content = Data(#"<?xml version="1.0"?><gpx version="1.1" creator="t"><trk/></gpx>"#.utf8)
        try content.write(to: URL(fileURLWithPath: gpx))
        let cases: [(String, LogError.Reason)] = [
            (folder.path, .notARegularFile(.directory)), ("/dev/null", .notARegularFile(.characterDevice)),
            (gpx, .notSQLite),
        ]
        for (path, reason) in cases {
            #expect(throws: LogError(reason, path: path)) { try LogDatabase(path: path, access: access) }
        }
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-wal"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: gpx)) == content)
        #expect(
            LogError(.notARegularFile(.directory), path: "/tmp").description
                == "/tmp: that is a folder, not a training log; give --db the log's file (or a new file name)")
        #expect(
            LogError(.notARegularFile(.characterDevice), path: "/dev/null").description
                == "/dev/null: that is a character device, not a training log; give --db the log's file (or a new file name)"
        )
        #expect(
            LogError(.notSQLite, path: "run.gpx").description
                == "run.gpx: that is not a SQLite file, not a training log; give --db the log's file (or a new file name)"
        )
    }
}
