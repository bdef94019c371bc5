import Foundation
import RunModel
import Testing

@testable import RunImport

/// The exports runners download, built in their real layout and imported as downloaded, checked run
/// by run: count, sport, distance, start and local day.
@Suite(.enabled(if: TestTools.hasPython, "needs python3 to write zip archives"))
struct ExportLayoutTests {
    /// 2024-03-01T10:00:00Z, a Friday.
    static let day0 = Date(timeIntervalSince1970: 1_709_287_200)

    static func day(_ days: Double, hours: Double = 0) -> Date {
        day0.addingTimeInterval(days * 86_400 + hours * 3_600)
    }

    static func importRuns(_ paths: [String], known: RecorderFake = RecorderFake()) async throws -> (
        ImportReport, [Run]
    ) {
        let report = try await Importer(known: known.known).run(paths: paths) { known.record($0) }
        return (report, known.runs.sorted { $0.start < $1.start })
    }

    static func localDay(_ run: Run) -> String {
        CalendarDay(run.start, utcOffsetSeconds: run.utcOffsetSeconds ?? 0).description
    }

    // MARK: Strava

    @Test func stravaExportAsDownloaded() async throws {
        let folder = try TestTools.temporaryFolder("strava-export")
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("export")
        // Strava's .tcx.gz files start with spaces before <?xml.
        let tcx = "          " + GeneratedFiles.tcx(start: Self.day(0), distance: 18_000, points: 60, interval: 90)
        try ExportBuilder.write(try TestTools.gzip(Data(tcx.utf8)), "activities/111.tcx.gz", in: export)
        try ExportBuilder.write(
            Data(GeneratedFiles.gpx(start: Self.day(1), distance: 8_000, type: nil).utf8), "activities/222.gpx",
            in: export)
        try ExportBuilder.write(
            try TestTools.gzip(Data(FITWriter.activity(start: Self.day(2, hours: -4), distance: 12_000))),
            "activities/333.fit.gz", in: export)
        try ExportBuilder.write(Data(GeneratedFiles.route().utf8), "routes/9.gpx", in: export)
        try ExportBuilder.write(
            Data("Athlete ID,Email Address\n1,runner@example.com\n".utf8), "profile.csv", in: export)
        // The header of a current export: two blocks with the same names, the second Distance in metres.
        let csv = """
            Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed
            111,"Mar 1, 2024, 10:00:00 AM",Long run,Run,,5310,18.00,,,false,,,activities/111.tcx.gz,,,5310.0,5310.0,18000.0,4.1
            222,"Mar 2, 2024, 10:00:00 AM",Evening,Run,,590,8.00,,,false,,,activities/222.gpx,,,590.0,590.0,8000.0,
            333,"Mar 3, 2024, 6:00:00 AM",Intervals,Run,,590,12.00,,,false,,,activities/333.fit.gz,,,590.0,590.0,12000.0,
            444,"Mar 4, 2024, 12:00:00 PM",Treadmill,Run,"typed in, watch died",1560,5.01,,,false,,,,,,1560.0,1500.0,5012.5,
            555,"Mar 5, 2024, 6:30:00 PM",Gym,Weight Training,,3600,0.00,,,false,,,,,,3600.0,3600.0,0.0,
            666,yesterday,Oops,Run,,600,2.00,,,false,,,,,,600.0,600.0,2000.0,

            """
        try ExportBuilder.write(Data(csv.utf8), "activities.csv", in: export)
        let archive = folder.appendingPathComponent("export_12345.zip")
        try ExportBuilder.zip(export, to: archive)

        let (report, runs) = try await Self.importRuns([archive.path])
        // 3 files + activities.csv (its 3 rows without a file) + profile.csv; routes/ skipped.
        #expect(report.filesSeen == 5)
        #expect(report.imported == 5)
        #expect(report.manualEntries == 2)
        #expect(report.notActivities == 1)
        #expect(report.failures.map(\.path) == [archive.path + "/activities.csv:7"])
        #expect(report.failures.first?.reason.contains("Activity Date \"yesterday\"") == true)
        #expect(report.summary.hasPrefix("5 files seen: 5 imported (2 manual entries), 0 already known"))

        #expect(runs.map(\.sport) == [.running, .running, .running, .running, .other])
        #expect(runs.map(\.name) == ["Long run", "Evening", "Intervals", "Treadmill", "Gym"])
        #expect(runs.map(\.distanceMeters) == [18_000, runs[1].distanceMeters, 12_000, 5_012.5, 0])
        #expect(abs(runs[1].distanceMeters - 8_000) < 0.01)
        #expect(runs.map(Self.localDay) == ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04", "2024-03-05"])
        let treadmill = runs[3]
        #expect(treadmill.start == Self.day(3, hours: 2))
        #expect(treadmill.movingSeconds == 1_500)
        #expect(treadmill.elapsedSeconds == 1_560)
        #expect(treadmill.source.format == .manual)
        #expect(treadmill.source.path == archive.path + "/activities.csv:5")
        #expect(runs[0].samples.count == 60)

        // The export unzipped gives the same runs.
        let (unzipped, unzippedRuns) = try await Self.importRuns([export.path])
        #expect(unzippedRuns.map(\.id) == runs.map(\.id))
        #expect(unzipped.manualEntries == 2)

        // Imported again: every run and manual entry is known; the bad row is retried and fails again.
        let recorder = RecorderFake()
        _ = try await Self.importRuns([archive.path], known: recorder)
        let (again, _) = try await Self.importRuns([archive.path], known: recorder)
        #expect(again.imported == 0)
        #expect(again.alreadyKnown == 5)
        #expect(again.failures.count == 1)
    }

    @Test func olderStravaExportHasOneDistanceInKilometres() throws {
        let csv = """
            Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Commute,Activity Gear,Filename
            777,2019-04-06 07:12:34,Old treadmill,Virtual Run,,1800,5.2,false,,
            778,2019-04-07 07:00:00,With file,Run,,1800,5.2,false,,activities/778.gpx

            """
        let entries = try #require(StravaManualEntries.entries(csvText: csv, path: "activities.csv")).entries
        #expect(entries.count == 1)
        guard case .run(let run) = entries.first?.content else {
            Issue.record("not a run")
            return
        }
        #expect(run.distanceMeters == 5_200)
        #expect(run.movingSeconds == 1_800)
        #expect(run.sport == .treadmill)
        #expect(run.start == Date(timeIntervalSince1970: 1_554_534_754))
        #expect(entries.first?.path == "activities.csv:2")
    }

    // MARK: Garmin

    /// The files a Garmin export holds in UploadedFiles_*.zip: a FIT run, a run-bike-run brick, a TCX
    /// with two activities and a GPX walk.
    static func writeGarminUploads(in folder: URL) throws {
        try ExportBuilder.write(
            Data(FITWriter.activity(start: Self.day(10), distance: 10_000)), "runner@example.com_1001.fit", in: folder)
        let brick = ExportBuilder.brickFIT(
            start: Self.day(11), legs: [(1, 3_000, 900), (2, 20_000, 2_400), (1, 2_000, 600)])
        try ExportBuilder.write(Data(brick), "runner@example.com_1002.fit", in: folder)
        let twoActivities = ExportBuilder.tcx([(Self.day(12), 5_000, "Running"), (Self.day(13), 8_000, "Running")])
        try ExportBuilder.write(Data(twoActivities.utf8), "runner@example.com_1003.tcx", in: folder)
        try ExportBuilder.write(
            Data(GeneratedFiles.gpx(start: Self.day(14), distance: 3_000, type: "walking").utf8),
            "runner@example.com_1004.gpx", in: folder)
    }

    @Test func garminExportGivesTheSameRunsAsTheUnpackedFiles() async throws {
        let folder = try TestTools.temporaryFolder("garmin-export")
        defer { try? FileManager.default.removeItem(at: folder) }
        let uploads = folder.appendingPathComponent("uploads")
        try Self.writeGarminUploads(in: uploads)
        let export = folder.appendingPathComponent("export")
        try ExportBuilder.zip(
            uploads,
            to: export.appendingPathComponent("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip"))
        try ExportBuilder.write(
            Data("[{\"summarizedActivitiesExport\": []}]".utf8),
            "DI_CONNECT/DI-Connect-Fitness/runner_0_summarizedActivities.json", in: export)
        try ExportBuilder.write(Data("{}".utf8), "DI_CONNECT/DI-Connect-User/user_profile.json", in: export)
        let archive = folder.appendingPathComponent("garmin.zip")
        try ExportBuilder.zip(export, to: archive)

        let (report, runs) = try await Self.importRuns([archive.path])
        #expect(report.imported == 7)
        #expect(report.notActivities == 2)
        #expect(report.failures.isEmpty)
        #expect(runs.map(\.sport) == [.running, .running, .cycling, .running, .running, .running, .walking])
        #expect(runs.map(\.distanceMeters) == [10_000, 3_000, 20_000, 2_000, 5_000, 8_000, runs[6].distanceMeters])
        #expect(abs(runs[6].distanceMeters - 3_000) < 1)
        #expect(
            runs.map(Self.localDay) == [
                "2024-03-11", "2024-03-12", "2024-03-12", "2024-03-12", "2024-03-13", "2024-03-14", "2024-03-15",
            ])
        let inner = archive.path + "/DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip/"
        #expect(runs[1].source.path == inner + "runner@example.com_1002.fit")
        #expect(runs[2].source.path == inner + "runner@example.com_1002.fit#2")
        #expect(runs[5].source.path == inner + "runner@example.com_1003.tcx#2")
        // Each leg has its own time span and samples: 3 km in 15 min, 20 km in 40 min after a minute's transition.
        #expect(runs[1].start == Self.day(11))
        #expect(runs[2].start == Self.day(11).addingTimeInterval(960))
        #expect(runs[1...3].map(\.samples.count) == [30, 80, 20])
        #expect(runs[1...3].map(\.movingSeconds) == [900, 2_400, 600])
        #expect(Set(runs.map(\.id)).count == 7)

        // The same runs as the files unpacked by hand, ids included.
        let (_, unpacked) = try await Self.importRuns([uploads.path])
        #expect(unpacked.map(\.id) == runs.map(\.id))
        #expect(unpacked.map(\.distanceMeters) == runs.map(\.distanceMeters))
        #expect(unpacked.map(\.sport) == runs.map(\.sport))
    }

    @Test func zipsNestedDeeperThanThreeAreReportedNotDropped() async throws {
        let folder = try TestTools.temporaryFolder("nested-zips")
        defer { try? FileManager.default.removeItem(at: folder) }
        var level = folder.appendingPathComponent("level0")
        try ExportBuilder.write(
            Data(GeneratedFiles.gpx(start: Self.day(0), distance: 5_000).utf8), "run.gpx", in: level)
        for depth in 1...3 {
            let next = folder.appendingPathComponent("level\(depth)")
            try ExportBuilder.zip(level, to: next.appendingPathComponent("inner\(depth).zip"))
            level = next
        }
        let archive = folder.appendingPathComponent("outer.zip")
        try ExportBuilder.zip(level, to: archive)
        let (report, runs) = try await Self.importRuns([archive.path])
        #expect(runs.isEmpty)
        #expect(report.failures.map(\.path) == [archive.path + "/inner3.zip/inner2.zip/inner1.zip"])
        #expect(report.failures.first?.reason.contains("nested more than 3 deep") == true)
    }

    // MARK: Multi-activity and multisport files

    @Test func tcxMultiSportSessionIsOneRunPerLeg() async throws {
        let folder = try TestTools.temporaryFolder("tcx-multisport")
        defer { try? FileManager.default.removeItem(at: folder) }
        let legs = [
            (Self.day(20), 2_500.0, "Running"), (Self.day(20, hours: 0.5), 15_000.0, "Biking"),
            (Self.day(20, hours: 1.5), 2_500.0, "Running"),
        ]
        try ExportBuilder.write(Data(ExportBuilder.tcx(legs, multisport: true).utf8), "brick.tcx", in: folder)
        let (report, runs) = try await Self.importRuns([folder.path])
        #expect(report.filesSeen == 1)
        #expect(report.imported == 3)
        #expect(runs.map(\.sport) == [.running, .cycling, .running])
        #expect(runs.map(\.distanceMeters) == [2_500, 15_000, 2_500])
        #expect(runs.map(\.start) == legs.map(\.0))
        #expect(runs.map(\.elapsedSeconds) == [580, 580, 580])
        // Imported again: the file is known by its own hash, no leg is added twice.
        let recorder = RecorderFake()
        _ = try await Self.importRuns([folder.path], known: recorder)
        let (again, _) = try await Self.importRuns([folder.path], known: recorder)
        #expect(again.alreadyKnown == 1)
        #expect(again.imported == 0)
    }

    // MARK: Apple Health

    @Test func aDamagedHealthExportKeepsTheWorkoutsBeforeTheDamage() async throws {
        let folder = try TestTools.temporaryFolder("health-cut")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workouts = [
            ExportBuilder.healthWorkout(
                type: "Running", start: "2024-03-10 06:40:00 +0100", end: "2024-03-10 07:35:00 +0100", minutes: 52.5,
                distance: (10.2, "km"), newer: false),
            ExportBuilder.healthWorkout(
                type: "Walking", start: "2024-03-11 06:40:00 +0100", end: "2024-03-11 07:35:00 +0100", minutes: 55,
                distance: (5, "km"), newer: true),
        ]
        let text = ExportBuilder.healthExport(workouts)
        let cut = String(text[..<text.range(of: "<WorkoutStatistics")!.upperBound])
        try ExportBuilder.write(Data(cut.utf8), "apple_health_export/export.xml", in: folder)
        let (report, runs) = try await Self.importRuns([folder.path])
        #expect(runs.map(\.distanceMeters) == [10_200])
        #expect(report.failures.count == 1)
        let failure = try #require(report.failures.first)
        #expect(
            failure.path == folder.appendingPathComponent("apple_health_export/export.xml").standardizedFileURL.path)
        #expect(failure.reason.contains("malformed XML"))
        #expect(failure.reason.hasSuffix("(the 1 workouts before it are imported)"))
    }

    @Test func appleHealthExportAsDownloaded() async throws {
        let folder = try TestTools.temporaryFolder("health-export")
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("export/apple_health_export")
        let workouts = [
            // Berlin, +0100: 10.2 km with its route (whose own distance is 9.9 km: the workout's figure wins).
            ExportBuilder.healthWorkout(
                type: "Running", start: "2024-03-10 06:40:00 +0100", end: "2024-03-10 07:35:00 +0100", minutes: 52.5,
                distance: (10.2, "km"), newer: false, indoor: false, route: "route_2024-03-10_7.35am.gpx"),
            // California, -0800: a treadmill run late on Friday, Saturday in UTC; newer form, miles.
            ExportBuilder.healthWorkout(
                type: "Running", start: "2024-01-05 23:30:00 -0800", end: "2024-01-06 00:02:00 -0800", minutes: 32,
                distance: (3.1, "mi"), newer: true, indoor: true),
            ExportBuilder.healthWorkout(
                type: "Cycling", start: "2024-02-01 17:00:00 +0000", end: "2024-02-01 18:40:00 +0000", minutes: 90,
                distance: (40, "km"), newer: true),
            ExportBuilder.healthWorkout(
                type: "TraditionalStrengthTraining", start: "2024-02-02 07:00:00 +0100",
                end: "2024-02-02 07:45:00 +0100",
                minutes: 45, distance: nil, newer: true),
        ]
        try ExportBuilder.write(Data(ExportBuilder.healthExport(workouts).utf8), "export.xml", in: export)
        try ExportBuilder.write(Data("<?xml version=\"1.0\"?><ClinicalDocument/>".utf8), "export_cda.xml", in: export)
        let routeStart = try #require(ISO8601DateFormatter().date(from: "2024-03-10T05:40:00Z"))
        try ExportBuilder.write(
            Data(GeneratedFiles.gpx(start: routeStart, distance: 9_900, points: 60, interval: 55, type: nil).utf8),
            "workout-routes/route_2024-03-10_7.35am.gpx", in: export)
        // A route no workout references (a workout deleted since): imported on its own, as a GPX file.
        try ExportBuilder.write(
            Data(GeneratedFiles.gpx(start: Self.day(30), distance: 6_000, interval: 40, type: nil).utf8),
            "workout-routes/route_2024-03-31_10.10am.gpx", in: export)
        let archive = folder.appendingPathComponent("export.zip")
        try ExportBuilder.zip(folder.appendingPathComponent("export"), to: archive)

        let (report, runs) = try await Self.importRuns([archive.path])
        #expect(report.filesSeen == 2)
        #expect(report.imported == 5)
        #expect(report.notActivities == 1)
        #expect(report.failures.isEmpty)
        #expect(runs.map(\.sport) == [.treadmill, .cycling, .other, .running, .running])
        #expect(runs.map(Self.localDay) == ["2024-01-05", "2024-02-01", "2024-02-02", "2024-03-10", "2024-03-31"])
        #expect(runs[0].distanceMeters == 3.1 * 1_609.344)
        #expect(runs[0].utcOffsetSeconds == -28_800)
        #expect(runs[0].movingSeconds == 1_920)
        #expect(runs[0].samples.isEmpty)
        #expect(runs[1].distanceMeters == 40_000)
        #expect(runs[2].distanceMeters == 0)
        let outdoor = runs[3]
        #expect(outdoor.distanceMeters == 10_200)
        #expect(outdoor.start == routeStart)
        #expect(outdoor.utcOffsetSeconds == 3_600)
        #expect(outdoor.elapsedSeconds == 3_300)
        #expect(outdoor.movingSeconds == 3_150)
        #expect(outdoor.samples.count == 60)
        #expect(outdoor.source.format == .appleHealth)
        #expect(outdoor.source.device == "Apple Watch")
        #expect(outdoor.source.path.hasPrefix(archive.path + "/apple_health_export/export.xml:"))
        #expect(
            runs[4].source.path == archive.path + "/apple_health_export/workout-routes/route_2024-03-31_10.10am.gpx")

        // The unzipped folder gives the same runs; imported again, all are known.
        let (_, unpacked) = try await Self.importRuns([folder.appendingPathComponent("export").path])
        #expect(unpacked.map(\.id) == runs.map(\.id))
        // export.xml given on its own finds the routes beside it.
        let (alone, aloneRuns) = try await Self.importRuns([export.appendingPathComponent("export.xml").path])
        #expect(alone.imported == 4)
        #expect(aloneRuns.map(\.samples.count) == [0, 0, 0, 60])
        let recorder = RecorderFake()
        _ = try await Self.importRuns([archive.path], known: recorder)
        let (again, _) = try await Self.importRuns([archive.path], known: recorder)
        #expect(again.imported == 0)
        #expect(again.alreadyKnown == 5)
    }
}
