import Foundation
import Testing

/// `--db` that cannot be the log is refused in one line, never mapped to another log.
@Suite struct DatabaseOptionCLITests {
    @Test func anEmptyDbIsRefusedRatherThanTheRealLog() throws {
        let folder = try ReaderProbe.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runRamp(["runs", "--db", ""], environment: ["HOME": folder.path, "RUNRAMP_DB": ""])
        #expect(result.status == 1)
        #expect(result.stderr == "runramp: --db \"\": the path is empty; give the training log's file\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".local").path))
    }

    @Test func aFolderIsNotALog() throws {
        let folder = try ReaderProbe.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runRamp(["runs", "--db", folder.path])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "\(folder.path): that is a folder, not a training log; give --db the log's file (or a new file name)\n"
        )
    }
}
