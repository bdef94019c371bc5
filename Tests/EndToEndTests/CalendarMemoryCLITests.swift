import Foundation
import Testing

/// The log's memory of a calendar file is never behind the file: two `plan --ics` to one file at
/// once take turns, so every SEQUENCE the file holds is at most what the log remembers (a later
/// cancellation then always carries a higher one, which calendars accept).
@Suite struct CalendarMemoryCLITests {
    /// UID → SEQUENCE of every event in an .ics text.
    static func sequences(_ text: String) -> [String: Int] {
        var result: [String: Int] = [:]
        for event in text.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst() {
            let lines = event.components(separatedBy: "\r\n")
            guard let uid = lines.first(where: { $0.hasPrefix("UID:") })?.dropFirst(4),
                let sequence = lines.first(where: { $0.hasPrefix("SEQUENCE:") }).flatMap({ Int($0.dropFirst(9)) })
            else { continue }
            result[String(uid)] = sequence
        }
        return result
    }

    @Test func twoExportsToOneFileAtOnceLeaveTheLogNeverBehindTheFile() throws {
        let folder = try icsTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("log.sqlite").path
        let ics = folder.appendingPathComponent("plan.ics").path
        let added = try runRamp(["add", "--db", db, "--date", "2026-11-20", "--distance", "8km", "--duration", "48:00"])
        #expect(added.status == 0, "\(added.stderr)")
        for round in 0..<8 {
            // Two different ceilings: each export changes the events the other wrote.
            let processes = ["20km", "30km"].map { ceiling -> Process in
                let process = Process()
                process.executableURL = runRampBinary()
                process.arguments = [
                    "plan", "--db", db, "--today", "2026-11-24", "--ics", ics, "--max-week", ceiling, "-q", "-o",
                    folder.appendingPathComponent("plan-\(ceiling).md").path,
                ]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                return process
            }
            for process in processes { try process.run() }
            for process in processes { process.waitUntilExit() }
            #expect(processes.allSatisfy { $0.terminationStatus == 0 }, "round \(round)")
            let inFile = Self.sequences(try String(contentsOfFile: ics, encoding: .utf8))
            let remembered = Dictionary(
                try SQLiteFile.texts("SELECT uid || ' ' || sequence FROM calendarFileExport", at: db).compactMap {
                    line -> (String, Int)? in
                    let parts = line.split(separator: " ")
                    guard parts.count == 2, let sequence = Int(parts[1]) else { return nil }
                    return (String(parts[0]), sequence)
                }, uniquingKeysWith: max)
            #expect(!inFile.isEmpty)
            for (uid, sequence) in inFile {
                #expect(
                    (remembered[uid] ?? -1) >= sequence,
                    "round \(round): \(uid) file \(sequence), log \(remembered[uid] ?? -1)")
            }
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.contains(".runramp-")
        }
        #expect(leftovers.isEmpty)
    }
}
