import FIT
import Foundation
import RunModel
import TestSupport
import Testing

@testable import RunImport

/// The heart-rate settings a watch writes into its FIT files (`time_in_zone`, `zones_target`,
/// `user_profile`), read into `Run.watchHeartRate`: on generated files, on the corpus's real files
/// (values as fitdecode reads them), and against Scripts/watch_settings_check.py when RUNRAMP_PYTHON
/// names a Python with fitdecode.
@Suite struct WatchHeartRateTests {
    let start = Date(timeIntervalSince1970: 1_763_600_000)

    func run(_ bytes: [UInt8]) throws -> Run {
        let adapted = ParserDispatch.decode(
            Data(bytes), format: .fit,
            source: RunSource(path: "x.fit", format: .fit, contentHash: "0123456789abcdef0123"))
        guard case .run(let run, _) = adapted else { throw Failure("not a run: \(adapted)") }
        return run
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// A second (chained) FIT file holding a lap's and the session's time_in_zone, zones_target and
    /// user_profile with the values given (0 is "not set", 255 the invalid uint8).
    static func settingsFile(lapMax: Int64, sessionZones: [Int64], targetMax: Int64, profile: [Int64]) -> [UInt8] {
        var writer = FITWriter()
        // time_in_zone: reference_mesg, max, resting, threshold heart rate.
        writer.define(local: 0, global: 216, [(0, .uint16), (11, .uint8), (12, .uint8), (13, .uint8)])
        writer.write(local: 0, [19, lapMax, 60, 160])
        writer.write(local: 0, [18] + sessionZones)
        writer.define(local: 1, global: 7, [(1, .uint8)])
        writer.write(local: 1, [targetMax])
        // user_profile: resting, default max running, default max heart rate.
        writer.define(local: 2, global: 3, [(8, .uint8), (9, .uint8), (11, .uint8)])
        writer.write(local: 2, profile)
        return writer.bytes
    }

    @Test func theSessionsZonesComeFirstThenTheTargetThenTheProfile() throws {
        let activity = FITWriter.activity(start: start, distance: 5_000)
        let full = try run(
            activity
                + Self.settingsFile(
                    lapMax: 150, sessionZones: [181, 49, 168], targetMax: 185, profile: [50, 190, 192]))
        #expect(full.watchHeartRate == WatchHeartRateSettings(maximum: 181, resting: 49, threshold: 168))
        // Not set (0) or invalid (255) in the session's zones: the next message that holds a value.
        let partial = try run(
            activity
                + Self.settingsFile(lapMax: 150, sessionZones: [0, 255, 170], targetMax: 0, profile: [48, 0, 191]))
        #expect(partial.watchHeartRate == WatchHeartRateSettings(maximum: 191, resting: 48, threshold: 170))
        let none = try run(
            activity + Self.settingsFile(lapMax: 0, sessionZones: [0, 0, 0], targetMax: 255, profile: [0, 0, 0]))
        #expect(none.watchHeartRate == nil)
        #expect(try run(activity).watchHeartRate == nil)
    }

    @Test func everyLegOfAMultiActivityFileGetsTheFilesSettings() throws {
        let bytes =
            FITWriter.activity(start: start, distance: 5_000)
            + FITWriter.activity(start: start.addingTimeInterval(86_400), distance: 6_000)
            + Self.settingsFile(lapMax: 150, sessionZones: [181, 49, 168], targetMax: 185, profile: [50, 190, 192])
        let adapted = ParserDispatch.decode(
            Data(bytes), format: .fit,
            source: RunSource(path: "x.fit", format: .fit, contentHash: "0123456789abcdef0123"))
        guard case .legs(let legs) = adapted else {
            Issue.record("not legs: \(adapted)")
            return
        }
        #expect(legs.map(\.run.distanceMeters) == [5_000, 6_000])
        let expected = WatchHeartRateSettings(maximum: 181, resting: 49, threshold: 168)
        #expect(legs.allSatisfy { $0.run.watchHeartRate == expected })
    }

    @Test func valuesNoWatchWritesAreLeftOut() {
        let settings = WatchHeartRateSettings(
            maximum: 300, resting: 19, threshold: .nan, zoneHighBoundaries: [107, 255, 131, -1])
        #expect(settings?.maximum == nil && settings?.resting == nil && settings?.threshold == nil)
        #expect(settings?.zoneHighBoundaries == [107, 131])
        #expect(WatchHeartRateSettings(maximum: 0, resting: 255, threshold: nil) == nil)
        #expect(settings?.zoneHighBoundariesText == "107,131")
        #expect(WatchHeartRateSettings.zoneHighBoundaries(fromText: "107,x,131.5") == [107, 131.5])
    }

    /// Values as fitdecode reads them from the corpus's watch files.
    @Test(.enabled(if: sharedCorpus(containing: "fit") != nil, "needs ../shared/corpus"))
    func realWatchFiles() throws {
        let folder = try #require(sharedCorpus(containing: "fit")).appendingPathComponent("fit")
        func settings(_ name: String) throws -> WatchHeartRateSettings? {
            try run(Array(Data(contentsOf: folder.appendingPathComponent(name)))).watchHeartRate
        }
        let fenix = [107.0, 131, 146, 156, 164, 182]
        #expect(
            try settings("fitparse__garmin-fenix-5-run.fit")
                == WatchHeartRateSettings(maximum: 183, resting: 47, threshold: 164, zoneHighBoundaries: fenix))
        // A swim: resting heart rate not set (0) in the zones nor in the profile.
        #expect(
            try settings("fitparse__event_timestamp.fit")
                == WatchHeartRateSettings(
                    maximum: 188, resting: nil, threshold: 165, zoneHighBoundaries: [114, 142, 158, 168, 178, 198]))
        // zones_target's maximum (183) before user_profile's default (185); no time_in_zone.
        #expect(
            try settings("fitparse__garmin-edge-820-bike.fit")
                == WatchHeartRateSettings(maximum: 183, resting: nil, threshold: nil))
        #expect(try settings("fitparse__activity-small-fenix2-run.fit") == nil)
    }

    @Test(
        .enabled(
            if: ProcessInfo.processInfo.environment["RUNRAMP_PYTHON"] != nil && sharedCorpus(containing: "fit") != nil,
            "set RUNRAMP_PYTHON to a Python with fitdecode (and have the shared corpus)"))
    func everyCorpusRunAgreesWithFitdecode() async throws {
        let python = try #require(ProcessInfo.processInfo.environment["RUNRAMP_PYTHON"])
        let folder = try #require(sharedCorpus(containing: "fit")).appendingPathComponent("fit")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [packageRoot.appendingPathComponent("Scripts/watch_settings_check.py").path, folder.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        struct Expected: Decodable {
            var file: String
            var maximum: Double?
            var resting: Double?
            var threshold: Double?
            var zone_high_boundaries: [Double]
        }
        struct Files: Decodable { var files: [Expected] }
        let expected = Dictionary(
            try JSONDecoder().decode(Files.self, from: data).files.map { ($0.file, $0) },
            uniquingKeysWith: { a, _ in a })
        let runs = try await Self.importedRuns(folder: folder)
        var compared = 0
        for run in runs {
            // A leg of a multi-activity file ("file#2") carries the file's settings.
            let name = String(
                URL(fileURLWithPath: run.source.path).lastPathComponent.split(separator: "#").first ?? "")
            let theirs = expected[name].flatMap {
                WatchHeartRateSettings(
                    maximum: $0.maximum, resting: $0.resting, threshold: $0.threshold,
                    zoneHighBoundaries: $0.zone_high_boundaries)
            }
            #expect(run.watchHeartRate == theirs, "\(name)")
            if theirs != nil { compared += 1 }
        }
        #expect(compared >= 6, "runs with watch settings compared: \(compared)")
    }

    /// Every run RunImport reads from the folder, without a log.
    static func importedRuns(folder: URL) async throws -> [Run] {
        let collected = Collected()
        _ = try await Importer(known: []).run(paths: [folder.path]) { files in
            await collected.add(
                files.compactMap { file in
                    if case .run(let run) = file.content { return run }
                    return nil
                })
            return files.map { _ in .notActivity(reason: .alreadyKnown) }
        }
        return await collected.runs
    }

    actor Collected {
        var runs: [Run] = []
        func add(_ more: [Run]) { runs += more }
    }
}
