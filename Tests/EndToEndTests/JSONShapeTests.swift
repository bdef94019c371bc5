import Foundation
import TestSupport
import Testing

/// Every JSON output of the real binary in the one house style (docs/json-output.md): an object
/// with `"schema"`, snake_case keys at every depth, and the documented keys.
@Suite struct JSONShapeTests {
    /// snake_case: lower-case words joined by single underscores ("length_2d" included).
    static func isSnakeCase(_ key: String) -> Bool {
        let words = key.split(separator: "_", omittingEmptySubsequences: false)
        return !key.isEmpty && key.first?.isLetter == true
            && words.allSatisfy { word in
                !word.isEmpty && word.allSatisfy { ($0.isLowercase && $0.isASCII) || $0.isNumber }
            }
    }

    /// Every key of every object in `value`, with its path, depth first.
    static func keys(_ value: Any, path: String = "$") -> [(path: String, key: String)] {
        if let object = value as? [String: Any] {
            return object.flatMap { key, member in [(path, key)] + keys(member, path: path + "." + key) }
        }
        if let array = value as? [Any] {
            return array.enumerated().flatMap { index, item in keys(item, path: "\(path)[\(index)]") }
        }
        return []
    }

    /// Parses a document and checks the rules every document follows; returns its top-level object.
    static func document(_ result: CLIResult, schema: String, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> [String: Any]
    {
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
            sourceLocation: sourceLocation)
        #expect(object["schema"] as? String == schema, sourceLocation: sourceLocation)
        for (path, key) in keys(object) where !isSnakeCase(key) {
            Issue.record("\(schema): key \(path).\(key) is not snake_case", sourceLocation: sourceLocation)
        }
        #expect(result.stdout.hasSuffix("}\n"), sourceLocation: sourceLocation)
        return object
    }

    /// A log holding the sample tracks.
    static func sampleLog() throws -> (folder: URL, db: String, importResult: CLIResult) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let db = folder.appendingPathComponent("log.sqlite").path
        let result = try runRamp([
            "import", packageRoot.appendingPathComponent("SampleTracks").path, "--db", db, "--json", "-q",
        ])
        return (folder, db, result)
    }

    @Test func theSnakeCaseCheckCanFail() {
        #expect(Self.isSnakeCase("files_seen") && Self.isSnakeCase("length_2d") && Self.isSnakeCase("lat"))
        #expect(
            !Self.isSnakeCase("filesSeen") && !Self.isSnakeCase("_0") && !Self.isSnakeCase("a__b")
                && !Self.isSnakeCase("Kind"))
    }

    @Test func importRunsAndWeeks() throws {
        let (folder, db, imported) = try Self.sampleLog()
        defer { try? FileManager.default.removeItem(at: folder) }

        let report = try Self.document(imported, schema: "runramp.import/1")
        #expect(
            Set(report.keys) == [
                "schema", "files_seen", "imported", "manual_entries", "already_known", "duplicates", "not_activities",
                "not_activity_files", "failures", "notes", "skipped",
            ])
        // SampleTracks/README.md is the one file that is not an activity, listed with its reason.
        let notActivities = try #require(report["not_activity_files"] as? [[String: Any]])
        #expect(notActivities.count == 1)
        #expect((notActivities.first?["path"] as? String)?.hasSuffix("SampleTracks/README.md") == true)
        #expect(report["files_seen"] as? Int == 41)
        #expect(report["imported"] as? Int == 39)

        let runs = try Self.document(try runRamp(["runs", "--db", db, "--json"]), schema: "runramp.runs/1")
        #expect(Set(runs.keys) == ["schema", "runs"])
        let list = try #require(runs["runs"] as? [[String: Any]])
        #expect(list.count == 39)
        let documented: Set<String> = [
            "id", "source", "name", "sport", "start", "utc_offset_seconds", "elapsed_seconds", "moving_seconds",
            "distance_meters", "elevation_gain_meters", "elevation_loss_meters", "average_heart_rate", "max_heart_rate",
            "average_cadence", "laps", "trimp", "share_above_easy", "easy_ceiling_bpm", "step_rate_spm",
            "ground_contact_ms", "vertical_oscillation_mm", "vertical_ratio_percent", "rpe", "session_rpe_load", "load",
            "anchors", "watch_heart_rate",
        ]
        for run in list { #expect(Set(run.keys).isSubset(of: documented), "\(run.keys.sorted())") }
        // The first sample run is a watch FIT file with every value but a name (and its watch's settings:
        // SampleTracks' generator writes none).
        let first = try #require(list.first)
        #expect(Set(first.keys) == documented.subtracting(["name", "watch_heart_rate"]))
        let source = try #require(first["source"] as? [String: Any])
        #expect(Set(source.keys) == ["path", "format", "content_hash", "device"])
        #expect(first["start"] as? String == "2026-09-15T07:00:00Z")
        #expect(first["distance_meters"] as? Int == 4000)

        let weeks = try Self.document(
            try runRamp(["weeks", "--db", db, "--weeks", "2", "--today", "2026-11-24", "-f", "json"]),
            schema: "runramp.weeks/1")
        #expect(Set(weeks.keys) == ["schema", "weeks"])
        let rows = try #require(weeks["weeks"] as? [[String: Any]])
        #expect(
            rows.map { Set($0.keys) }
                == Array(
                    repeating: ["start", "distance_meters", "run_count", "longest_run_meters", "moving_seconds"],
                    count: 2))
        // 16–22 Nov: 6 + 5 + 5 + 8 km (SampleTracks/README.md).
        #expect(rows.first?["start"] as? String == "2026-11-16")
        #expect(rows.first?["distance_meters"] as? Int == 24_000)
        #expect(rows.first?["run_count"] as? Int == 4)
    }

    @Test func planInMilesWithoutFloatNoise() throws {
        let (folder, db, _) = try Self.sampleLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runRamp(["plan", "--db", db, "--today", "2026-11-24", "--units", "mi", "--json", "-q"])
        let plan = try Self.document(result, schema: "runramp.plan/1")
        #expect(Set(plan.keys) == ["schema", "today", "mode", "options", "history", "weeks", "advisories"])
        let week = try #require((plan["weeks"] as? [[String: Any]])?.first)
        #expect(
            Set(week.keys).isSuperset(of: ["index", "start", "target_meters", "planned_meters", "is_cutback", "days"]))
        let history = try #require(plan["history"] as? [String: Any])
        #expect(
            Set(history.keys).isSuperset(of: [
                "last_four_weeks_meters", "average_week_meters", "recent_weeks", "current_week",
                "acute_chronic_ratio_ewma",
            ]))
        // Miles become metres as tenths of a mile × 160.9344: never more than 12 significant digits.
        let noisy = result.stdout.split(whereSeparator: { " ,:[]{}\n\"".contains($0) })
            .filter { $0.contains(".") && $0.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" } }
            .filter { $0.filter(\.isNumber).drop { $0 == "0" }.count > 12 }
        #expect(noisy.isEmpty, "\(noisy)")
        let planned = try #require(week["planned_meters"] as? Double)
        #expect(abs(planned / 160.9344 - (planned / 160.9344).rounded()) < 1e-6)
    }

    @Test func inspectFITAndGPX() throws {
        let samples = packageRoot.appendingPathComponent("SampleTracks")
        let fit = try Self.document(
            try runRamp(["inspect", "--json", samples.appendingPathComponent("2026-11-22-long-run.fit").path]),
            schema: "runramp.inspect/1")
        #expect(
            Set(fit.keys) == [
                "schema", "format", "valid", "error", "file_type", "manufacturer", "product", "sessions", "laps",
                "records",
                "records_with_heart_rate", "first_record_time", "last_record_time", "first_position",
                "developer_fields", "workout",
            ])
        let gpxResult = try runRamp([
            "inspect", "-f", "json", samples.appendingPathComponent("2026-11-14-run.gpx").path,
        ])
        let gpx = try Self.document(gpxResult, schema: "runramp.inspect/1")
        #expect(
            Set(gpx.keys) == [
                "schema", "format", "valid", "error", "version", "creator", "tracks", "segments", "track_points",
                "routes",
                "route_points", "waypoints", "first_point_time", "last_point_time", "first_point", "length_2d",
                "points_with_heart_rate",
            ])
        // inspect keeps its documented order, schema first.
        #expect(gpxResult.stdout.hasPrefix("{\n  \"schema\": \"runramp.inspect/1\",\n  \"format\": \"gpx\","))
    }
    @Test func reviewAndCheckIns() throws {
        let (folder, db, _) = try Self.sampleLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A plan written to a file is stored; made on Monday 16 Nov, its week 0 is 16–22 Nov.
        let planned = try runRamp([
            "plan", "--db", db, "--today", "2026-11-16", "-o", folder.appendingPathComponent("plan.md").path, "-q",
        ])
        #expect(planned.status == 0, "\(planned.stderr)")
        let review = try Self.document(
            try runRamp(["review", "--db", db, "--today", "2026-11-24", "--week", "2026-11-18", "-f", "json"]),
            schema: "runramp.review/1")
        #expect(
            Set(review.keys).isSubset(of: [
                "schema", "week_start", "plan_made_on", "units", "target_meters", "planned_meters", "done_meters",
                "longest_run_meters", "run_cap_meters", "outcome", "next_target_meters", "next_long_run_meters",
                "lines",
            ]))
        #expect(review["week_start"] as? String == "2026-11-16")
        #expect(review["plan_made_on"] as? String == "2026-11-16")
        // 16–22 Nov: 6 + 5 + 5 + 8 km (SampleTracks/README.md); the walk is not counted.
        #expect(review["done_meters"] as? Int == 24_000)
        #expect(review["longest_run_meters"] as? Int == 8_000)
        let lines = try #require(review["lines"] as? [[String: Any]])
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(Set(line.keys).isSubset(of: ["status", "planned", "run"]), "\(line.keys.sorted())")
        }

        let checkedIn = try runRamp([
            "checkin", "--db", db, "--back-pain", "persistent", "--symptom", "tingling", "--symptom", "numbness",
            "--date", "2026-11-23",
        ])
        #expect(checkedIn.status == 0, "\(checkedIn.stderr)")
        let checkIns = try Self.document(
            try runRamp(["checkins", "--db", db, "--today", "2026-11-24", "--json"]), schema: "runramp.checkins/1")
        #expect(Set(checkIns.keys) == ["schema", "checkins", "now"])
        let list = try #require(checkIns["checkins"] as? [[String: Any]])
        #expect(list.count == 1)
        #expect(list.first?["day"] as? String == "2026-11-23")
        #expect(list.first?["back_pain"] as? String == "persistent")
        #expect(list.first?["symptoms"] as? [String] == ["numbness", "tingling"])
        #expect(list.first?["is_cleared"] as? Bool == false)
        let now = try #require(checkIns["now"] as? [String: Any])
        #expect(now["today"] as? String == "2026-11-24")
        #expect(now["standing"] as? String == "paused")
        #expect(now["paused_since"] as? String == "2026-11-23")
    }
}
