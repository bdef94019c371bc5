import Foundation
import RunModel
import Testing
import UseCases

/// `import`, `add`, `runs` and `weeks` report a bad value as one line in the README's wording with
/// exit status 1 (never the usage text), and print untrusted file names on one line.
@Suite struct ImportCLIErrorTests {
    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-clierr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    static let run = ["--date", "2026-11-21", "--distance", "5km", "--duration", "31:20"]

    /// Replaces the value after `option` in the good `add` arguments.
    static func add(_ option: String, _ value: String) -> [String] {
        var arguments = run
        if let index = arguments.firstIndex(of: option) { arguments[index + 1] = value }
        return ["add"] + arguments
    }

    @Test(arguments: [
        (add("--date", "2026-13-01"), "date \"2026-13-01\": there is no month 13 (expected YYYY-MM-DD)"),
        (add("--date", "2026-02-29"), "date \"2026-02-29\": there is no 29 February 2026 (the month has 28 days)"),
        (add("--date", "21.11.2026"), "date \"21.11.2026\": expected YYYY-MM-DD"),
        (
            add("--duration", "30"),
            "--duration 30: a bare number could be seconds or minutes; write 30:00, 30m or 1h05m"
        ),
        (add("--distance", "-5km"), "distance \"-5km\": expected e.g. 5km, 3.1mi or 800m"),
        (add("--distance", "0km"), "distance \"0km\": must be more than 0"),
        (add("--duration", "0:00"), "duration \"0:00\": expected e.g. 31:20 or 1:02:03"),
        (add("--duration", "-31:20"), "duration \"-31:20\": expected e.g. 31:20 or 1:02:03"),
        (add("--date", "2026-11-21") + ["--sport", "rowing"], "sport \"rowing\": expected one of running, trail"),
        (["runs", "--since", "xyz"], "--since xyz: expected YYYY-MM-DD"),
        (["runs", "--units", "yd"], "--units yd: expected km or mi"),
        (["weeks", "--weeks", "0"], "--weeks 0: expected 1 to 520"),
        (["weeks", "--weeks", "-3"], "--weeks -3: expected 1 to 520"),
        (
            ["weeks", "--today", "2026-02-30"],
            "--today 2026-02-30: there is no 30 February 2026 (the month has 28 days)"
        ),
        (
            ["today", "--today", "2026-11-31"],
            "--today 2026-11-31: there is no 31 November 2026 (the month has 30 days)"
        ),
        (
            ["checkin", "--back-pain", "none", "--today", "2026-11-31"],
            "--today 2026-11-31: there is no 31 November 2026 (the month has 30 days)"
        ),
        (["plans"], "unknown command 'plans'; did you mean 'plan'?"),
        (["wekes", "--units", "mi"], "unknown command 'wekes'; did you mean 'weeks'?"),
        (["weeks", "--units", "yd"], "--units yd: expected km or mi"),
    ])
    func badValuesAreOneLineInTheReadmeWording(arguments: [String], message: String) throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("log.sqlite")
        let result = try runRamp(arguments + ["--db", db.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(lines(result.stderr).first?.hasPrefix("Error: \(message)") == true, "\(result.stderr)")
        #expect(lines(result.stderr).count == 1, "\(result.stderr)")
        #expect(!result.stderr.contains("Usage:"))
        if arguments.first == "add" {
            #expect(!FileManager.default.fileExists(atPath: db.path), "a refused run must not open or create the log")
        }
    }

    @Test func aMissingPathIsOneLineAndImportsNothing() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("log.sqlite")
        let missing = dir.appendingPathComponent("nonexistent").path
        let good = try Self.writeCSV(in: dir)
        let result = try runRamp(["import", good.path, missing, "--db", db.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(lines(result.stderr) == ["runramp: \(missing): no such file or folder"])
        #expect(!FileManager.default.fileExists(atPath: db.path), "nothing is imported when a path is mistyped")
    }

    @Test func aFolderWithBadFilesStillImportsTheRest() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("runs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = try Self.writeCSV(in: folder)
        let bad = folder.appendingPathComponent("cut.gpx")
        try Data("<gpx".utf8).write(to: bad)
        let result = try runRamp(["import", folder.path, "--db", dir.appendingPathComponent("log.sqlite").path])
        #expect(result.status == 0, "\(result.stderr)")
        let out = lines(result.stdout)
        #expect(out.first == "2 files seen: 1 imported, 0 already known, 0 duplicates, 0 not activities, 1 failed")
        #expect(out.filter { $0.hasPrefix("failed: ") }.count == 1)
        #expect(out.last?.hasPrefix("failed: \(bad.path):1:") == true, "\(result.stdout)")
    }

    /// A file name with a line break and an ANSI escape cannot forge a `failed:` line or colour the
    /// terminal, and `plan --quiet` prints the failure exactly as the `import` summary does.
    @Test func hostileFileNamesStayOnOneLineAndQuietFailuresMatchTheSummary() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("runs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = try Self.writeCSV(in: folder)
        let name = "bad\nfailed: fake.gpx: \u{1B}[31mred.gpx"
        try Data("<gpx".utf8).write(to: folder.appendingPathComponent(name))

        let imported = try runRamp(["import", folder.path, "--db", dir.appendingPathComponent("a.sqlite").path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(!imported.stdout.contains("\u{1B}"))
        let failed = lines(imported.stdout).filter { $0.hasPrefix("failed:") }
        #expect(failed.count == 1, "\(imported.stdout)")
        let expectedPrefix = "failed: \(folder.path)/bad failed: fake.gpx: [31mred.gpx:1:"
        #expect(failed.first?.hasPrefix(expectedPrefix) == true, "\(imported.stdout)")

        let planned = try runRamp([
            "plan", folder.path, "--quiet", "--today", "2026-11-24", "--db",
            dir.appendingPathComponent("b.sqlite").path,
        ])
        #expect(planned.status == 0, "\(planned.stderr)")
        #expect(!planned.stderr.contains("\u{1B}"))
        #expect(lines(planned.stderr) == failed, "\(planned.stderr)")
    }

    @Test func ridesShowSpeedAndOnlyRunsShowPace() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("log.sqlite").path
        let ride = try runRamp([
            "add", "--db", db, "--date", "2026-11-20", "--distance", "30km", "--duration", "1:00:00", "--sport",
            "cycling",
        ])
        #expect(ride.stdout == "Added 2026-11-20 cycling 30.00 km in 1:00:00 (30.0 km/h)\n", "\(ride.stderr)")
        _ = try runRamp([
            "add", "--db", db, "--date", "2026-11-21", "--distance", "4km", "--duration", "40:00", "--sport", "walking",
        ])
        _ = try runRamp(["add", "--db", db, "--date", "2026-11-22", "--distance", "5km", "--duration", "25:00"])
        let km = lines(try runRamp(["runs", "--db", db, "--today", "2026-12-20"]).stdout).dropFirst()
        #expect(
            km == [
                "640b4252  2026-11-20  cycling      30.00 km   1:00:00   30.0 km/h",
                "bbb12170  2026-11-21  walking       4.00 km     40:00",
                "4b921d0a  2026-11-22  running       5.00 km     25:00    5:00 /km",
            ])
        let miles = lines(try runRamp(["runs", "--db", db, "--units", "mi", "--today", "2026-12-20"]).stdout)
            .dropFirst()
        #expect(miles.first?.hasSuffix("  18.6 mph") == true, "\(miles)")
        #expect(miles.last?.hasSuffix(" /mi") == true, "\(miles)")
    }

    /// `weeks` takes today in the zone `TZ` names, as `plan` does, even in the `:Area/City` spelling
    /// Foundation reads as UTC.
    @Test(.enabled(if: icsHasZoneData, "needs /usr/share/zoneinfo (tzdata)"))
    func weeksTakesTodayFromTZ() throws {
        let lateEvening = Date(timeIntervalSince1970: 1_795_131_000)  // 2026-11-19 23:30 UTC, 00:30 in Berlin
        #expect(
            try SystemToday.day(at: lateEvening, environment: ["TZ": ":Europe/Berlin"]) == CalendarDay("2026-11-20"))
        #expect(try SystemToday.day(at: lateEvening, environment: ["TZ": "UTC"]) == CalendarDay("2026-11-19"))

        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let zone = ":Pacific/Kiritimati"  // UTC+14: its day differs from UTC's for most of every UTC day
        let result = try runRamp(
            ["weeks", "--weeks", "1", "--json", "--db", dir.appendingPathComponent("log.sqlite").path],
            environment: ["TZ": zone])
        #expect(result.status == 0, "\(result.stderr)")
        let today = try SystemToday.day(environment: ["TZ": zone])
        let monday = today.adding(days: 1 - today.isoWeekday)
        #expect(result.stdout.contains("\"start\" : \"\(monday)\""), "\(result.stdout)")
    }

    /// A one-row CSV log (one run) in `folder`.
    static func writeCSV(in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("log.csv")
        try Data("date,distance,duration,sport\n2026-11-20,5km,31:20,running\n".utf8).write(to: url)
        return url
    }
}
