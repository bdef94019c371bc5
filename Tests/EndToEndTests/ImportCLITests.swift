import Foundation
import Testing
import TrainingLog

/// `runramp import/add/runs/weeks` on generated folders, run as a user would.
@Suite struct ImportCLITests {
    /// A folder of `files` CSV logs (one run per row, `rows` rows each) plus a junk file.
    static func makeCSVFolder(files: Int, rows: Int) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-\(UUID().uuidString)")
        for f in 0..<files {
            var text = "date,distance,duration,sport\n"
            for r in 0..<rows {
                // One run per day, so no two rows are the same activity.
                let day = isoDay(daysSinceEpoch: 17_000 + f * rows + r)
                text +=
                    "\(day),\(1 + (f * 7 + r) % 20).\(f % 10)km,\(20 + r % 40):\(String(format: "%02d", f % 60)),running\n"
            }
            let sub = folder.appendingPathComponent("batch\(f % 10)")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: sub.appendingPathComponent("log\(f).csv"))
        }
        try Data("not a workout".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        return folder
    }

    /// "YYYY-MM-DD" of a day number (civil-from-days, proleptic Gregorian).
    static func isoDay(daysSinceEpoch: Int) -> String {
        let z = daysSinceEpoch + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return String(format: "%04d-%02d-%02d", yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    struct Summary: Decodable, Equatable {
        var filesSeen: Int, imported: Int, alreadyKnown: Int, duplicates: Int, notActivities: Int
        var failures: [Failure]
        struct Failure: Decodable, Equatable {
            var path: String
            var reason: String
        }
    }

    struct RunLine: Decodable, Equatable {
        var id: String, distanceMeters: Double, movingSeconds: Double, sport: String
    }

    func importJSON(_ paths: [String], db: String) throws -> Summary {
        let result = try runRamp(["import"] + paths + ["--db", db, "--json", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        return try runRampJSONDecoder().decode(Summary.self, from: Data(result.stdout.utf8))
    }

    func runs(db: String) throws -> [RunLine] {
        let result = try runRamp(["runs", "--db", db, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try decodeRunsDocument(RunLine.self, from: result.stdout)
    }

    @Test func importingTwiceFindsEverythingAlreadyKnown() throws {
        let folder = try Self.makeCSVFolder(files: 40, rows: 3)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("out/log.sqlite").path
        let first = try importJSON([folder.path], db: db)
        #expect(first.filesSeen == 41)
        #expect(first.imported == 120)
        #expect(first.notActivities == 1)
        #expect(first.failures.isEmpty)
        // The log's own files live inside the folder now; they are "not activities", nothing else changes.
        let second = try importJSON([folder.path], db: db)
        #expect(second.imported == 0)
        #expect(second.alreadyKnown == 120)
        #expect(second.duplicates == 0)
        #expect(try runs(db: db).count == 120)
    }

    @Test func addRunsAndWeeksWorkTogether() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("log.sqlite").path
        let added = try runRamp([
            "add", "--db", db, "--date", "2026-11-20", "--distance", "5km", "--duration", "31:20", "--sport",
            "treadmill",
        ])
        #expect(added.status == 0)
        #expect(added.stdout == "Added 2026-11-20 treadmill 5.00 km in 31:20 (6:16 /km)\n")
        let again = try runRamp([
            "add", "--db", db, "--date", "2026-11-20", "--distance", "5km", "--duration", "31:20", "--sport",
            "treadmill",
        ])
        #expect(again.stdout.hasPrefix("Already in the log"))
        _ = try runRamp(["add", "--db", db, "--date", "2026-11-24", "--distance", "10km", "--duration", "55:00"])
        let bad = try runRamp(["add", "--db", db, "--date", "2026-11-24", "--distance", "ten", "--duration", "55:00"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("distance \"ten\""))

        let list = try runRamp(["runs", "--db", db, "--since", "2026-11-21", "--today", "2026-11-25"])
        #expect(
            list.stdout
                == "id        day         sport        distance      time        pace  HR      start (local)\n"
                + "2507a648  2026-11-24  running      10.00 km     55:00    5:30 /km  (this week)\n")
        let weeks = try runRamp(["weeks", "--db", db, "--weeks", "2", "--today", "2026-11-25"])
        let lines = weeks.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0] == "week of                                distance  runs    longest")
        #expect(
            lines[1].hasPrefix("2026-11-16  ") && lines[1].contains("5.0 km  1 run ") && !lines[1].contains("this week")
        )
        #expect(lines[2].hasPrefix("2026-11-23  ████████████████████████") && lines[2].contains("10.0 km  1 run "))
        #expect(lines[2].hasSuffix("longest 10.0 km  (this week so far)"))
        let json = try runRamp(["weeks", "--db", db, "--weeks", "2", "--today", "2026-11-25", "--json"])
        #expect(json.stdout.contains("\"longest_run_meters\" : 10000"))
    }

    @Test func aKilledImportLeavesAConsistentLogThatARerunCompletes() throws {
        let folder = try Self.makeCSVFolder(files: 800, rows: 2)
        defer { try? FileManager.default.removeItem(at: folder) }
        let reference = folder.appendingPathComponent("reference.sqlite").path
        let killed = FileManager.default.temporaryDirectory.appendingPathComponent("killed-\(UUID().uuidString).sqlite")
            .path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: killed + suffix) }
        }
        let source = folder.appendingPathComponent("batch0").deletingLastPathComponent()
        let paths = (0..<10).map { source.appendingPathComponent("batch\($0)").path }

        // Uninterrupted.
        let full = try importJSON(paths, db: reference)
        #expect(full.imported == 1_600)
        let expected = try runs(db: reference)
        #expect(expected.count == 1_600)

        // Killed with SIGKILL partway through, then re-run.
        let process = Process()
        process.executableURL = runRampBinary()
        process.arguments = ["import"] + paths + ["--db", killed, "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the log holds committed rows (read through the database, not guessed from a delay
        // or the WAL's size, which under load can grow before any batch is committed), then kill
        // mid-import. The importer created the database once its WAL exists.
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: killed + "-wal"), process.isRunning, Date() < deadline {
            usleep(1_000)
        }
        if process.isRunning {
            let watcher = try LogDatabase(path: killed)
            while (try watcher.allRuns().count) == 0, process.isRunning, Date() < deadline { usleep(2_000) }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the import finished before it could be killed")

        let partial = try runs(db: killed)
        #expect(partial.count > 0 && partial.count < 1_600)
        #expect(Set(partial.map(\.id)).count == partial.count)
        #expect(Set(partial.map(\.id)).isSubset(of: Set(expected.map(\.id))))

        let rerun = try importJSON(paths, db: killed)
        #expect(rerun.imported + rerun.alreadyKnown == 1_600)
        #expect(rerun.failures.isEmpty)
        #expect(try runs(db: killed) == expected)
    }
}
