import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `plan --ics` killed at any moment (SIGKILL: no handler runs) leaves the log's memory of the
/// calendar equal to the file or ahead of it, never behind: the memory is committed before the
/// new file is renamed into place (docs/log.md). So a later cancellation always carries a SEQUENCE
/// above anything a calendar has seen. The kills land at staggered moments, from before the log is
/// opened to after the file is written; the property must hold wherever each one lands.
@Suite struct CalendarKillCLITests {
    @Test func aKillAtAnyMomentLeavesTheLogNeverBehindTheFile() throws {
        let folder = try icsTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("log.sqlite").path
        let ics = folder.appendingPathComponent("plan.ics").path
        let added = try runRamp(["add", "--db", db, "--date", "2026-11-20", "--distance", "8km", "--duration", "48:00"])
        #expect(added.status == 0, "\(added.stderr)")
        // A first whole export, so every later one changes events the file already holds.
        let first = try runRamp(["plan", "--db", db, "--today", "2026-11-24", "--ics", ics, "-q", "--max-week", "20km"])
        #expect(first.status == 0, "\(first.stderr)")
        for round in 0..<16 {
            let process = Process()
            process.executableURL = runRampBinary()
            process.arguments = [
                "plan", "--db", db, "--today", "2026-11-24", "--ics", ics, "-q",
                "--max-week", round.isMultiple(of: 2) ? "30km" : "20km",
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(round) * 40_000)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let inFile = CalendarMemoryCLITests.sequences(try String(contentsOfFile: ics, encoding: .utf8))
            let remembered = Dictionary(
                try SQLiteFile.texts("SELECT uid || ' ' || sequence FROM calendarFileExport", at: db).compactMap {
                    line -> (String, Int)? in
                    let parts = line.split(separator: " ")
                    guard parts.count == 2, let sequence = Int(parts[1]) else { return nil }
                    return (String(parts[0]), sequence)
                }, uniquingKeysWith: max)
            #expect(!inFile.isEmpty, "round \(round)")
            for (uid, sequence) in inFile {
                #expect(
                    (remembered[uid] ?? -1) >= sequence,
                    "round \(round): \(uid) file \(sequence), log \(remembered[uid] ?? -1)")
            }
        }
        // The log is sound and the next export works.
        #expect(try SQLiteFile.texts("PRAGMA integrity_check", at: db) == ["ok"])
        let last = try runRamp(["plan", "--db", db, "--today", "2026-11-24", "--ics", ics, "-q"])
        #expect(last.status == 0, "\(last.stderr)")
    }
}
