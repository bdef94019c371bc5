import Foundation
import Testing

/// A log written by a newer runramp is refused by every command, reading or writing, in the
/// README's one line, and not one byte of it changes (docs/log.md, "A newer log").
@Suite struct NewerLogCLITests {
    @Test(arguments: [
        ("INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')", "schema step v9-from-the-future"),
        ("PRAGMA user_version = 99", "schema version 99"),
    ])
    func everyCommandRefusesANewerLogWithoutWriting(change: String, named: String) throws {
        let folder = try ReaderProbe.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("log.sqlite").path
        let added = try runRamp(["add", "--db", db, "--date", "2026-11-20", "--distance", "5km", "--duration", "30:00"])
        #expect(added.status == 0, "\(added.stderr)")
        try SQLiteFile.execute(change, at: db)
        let input = folder.appendingPathComponent("run.gpx")
        try Data(
            ReaderProbe.gpx(start: Date(timeIntervalSince1970: 1_795_000_000), meters: 5_000, heartRate: false).utf8
        ).write(to: input)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: db))

        let line =
            "\(db): this training log was written by a newer runramp (\(named)); update runramp to use it (nothing was changed)\n"
        for arguments in [
            ["runs"], ["weeks"], ["plan", "--today", "2026-11-26"], ["import", input.path],
            ["add", "--date", "2026-11-21", "--distance", "5km", "--duration", "30:00"],
            ["plan", "--today", "2026-11-26", "--ics", folder.appendingPathComponent("plan.ics").path],
        ] {
            let result = try runRamp(arguments + ["--db", db])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr == line, "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes)
        #expect(((try? Data(contentsOf: URL(fileURLWithPath: db + "-wal"))) ?? Data()).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.ics").path))
    }
}
