import Foundation
import Testing

/// A damaged log takes no more runs: every command that writes refuses it in one line, with
/// status 1, and not one byte of it changes (docs/log.md, "A damaged log"). Before, SQLite wrote
/// into it without noticing wherever the pages it touched looked sound, burying the damage.
@Suite struct DamagedLogCLITests {
    enum Damage: String, CaseIterable {
        /// The first bytes of the calendar table's page, which an import or `add` never touches.
        case untouchedPage
        /// The file cut short by half (a copy that stopped).
        case cutShort
    }

    @Test(arguments: Damage.allCases)
    func everyWritingCommandRefusesADamagedLogWithoutWriting(damage: Damage) throws {
        let folder = try ReaderProbe.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("log.sqlite").path
        for day in 17...20 {
            let added = try runRamp([
                "add", "--db", db, "--date", "2026-11-\(day)", "--distance", "5km", "--duration", "30:00",
            ])
            #expect(added.status == 0, "\(added.stderr)")
        }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        switch damage {
        case .untouchedPage:
            let root = try #require(
                Int(
                    try SQLiteFile.texts(
                        "SELECT rootpage FROM sqlite_master WHERE name = 'calendarFileExport'", at: db)[0]))
            let start = (root - 1) * 4_096
            bytes.replaceSubrange(start..<start + 5, with: Data(repeating: 0xFF, count: 5))
        case .cutShort:
            bytes = bytes.prefix(bytes.count / 2)
        }
        try bytes.write(to: URL(fileURLWithPath: db))
        let input = folder.appendingPathComponent("run.gpx")
        try Data(
            ReaderProbe.gpx(start: Date(timeIntervalSince1970: 1_795_000_000), meters: 5_000, heartRate: false).utf8
        ).write(to: input)

        let line = "\(db): the training log is damaged (SQLite found a malformed page); restore it from a backup\n"
        for arguments in [
            ["import", input.path], ["add", "--date", "2026-11-21", "--distance", "5km", "--duration", "30:00"],
            ["plan", "--today", "2026-11-26", "--ics", folder.appendingPathComponent("plan.ics").path],
            ["plan", "--today", "2026-11-26", input.path],
            // A plan is remembered in the log: a write too (`--dry-run` reads what it can).
            ["plan", "--today", "2026-11-26"],
        ] {
            let result = try runRamp(arguments + ["--db", db])
            #expect(result.status == 1, "\(damage) \(arguments)")
            #expect(result.stderr == line, "\(damage) \(arguments)")
            #expect(result.stdout.isEmpty, "\(damage) \(arguments)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes)
        #expect(((try? Data(contentsOf: URL(fileURLWithPath: db + "-wal"))) ?? Data()).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.ics").path))
    }
}
