import Foundation
import RunModel
import TestSupport
import Testing

@testable import RunImport

/// `../shared/corpus` beside the package root, if present.
let corpusFolder = sharedCorpus()

/// Every corpus FIT and GPX file through the adapters, checked against the expected JSON the
/// corpus carries (written by garmin-fit-sdk and gpxpy).
@Suite(.enabled(if: corpusFolder != nil, "needs ../shared/corpus"))
struct CorpusTests {
    struct ExpectedFIT: Decodable {
        struct Session: Decodable {
            var sport: String?
            var sub_sport: String?
            var start_time: String?
            var total_distance: Double?
            var total_timer_time: Double?
        }
        var valid: Bool
        var file_type: String?
        var sessions: [Session]?
        var laps: Int?
        var records: Int?
        var first_record_time: String?
    }

    struct ExpectedGPX: Decodable {
        var valid: Bool
        var track_points: Int?
        var first_point_time: String?
        var length_2d: Double?
    }

    static func read(_ url: URL) -> FileReader.Outcome {
        let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        return FileReader.read(CandidateFile(path: url.path, size: Int64(size), modifiedAt: nil), knownHashes: [])
    }

    static func fitFiles() -> [String] {
        guard let folder = corpusFolder?.appendingPathComponent("fit"),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".fit") }.sorted()
    }

    static func gpxFiles() -> [String] {
        guard let folder = corpusFolder?.appendingPathComponent("gpx"),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".gpx") }.sorted()
    }

    @Test(arguments: fitFiles())
    func fitFileMatchesTheSDK(name: String) throws {
        let folder = try #require(corpusFolder).appendingPathComponent("fit")
        let expectedURL = folder.appendingPathComponent(
            "expected/" + name.replacingOccurrences(of: ".fit", with: ".json"))
        let expected = try JSONDecoder().decode(ExpectedFIT.self, from: Data(contentsOf: expectedURL))
        guard case .read(let entries, _) = Self.read(folder.appendingPathComponent(name)), let entry = entries.first
        else {
            Issue.record("\(name): not read")
            return
        }
        let sessions = expected.sessions ?? []
        if entries.count > 1 {
            // A multisport file: one run per session (transitions left out), each with its session's figures.
            let legs = sessions.filter { $0.sport != "transition" }
            #expect(entries.count == legs.count, "\(name)")
            for (entry, leg) in zip(entries, legs) {
                guard case .run(let run) = entry.content else {
                    Issue.record("\(name): a leg is not a run")
                    continue
                }
                #expect(abs(run.distanceMeters - (leg.total_distance ?? -1)) < 0.01, "\(name)")
                #expect(abs(run.movingSeconds - (leg.total_timer_time ?? -1)) < 0.01, "\(name)")
                #expect(GeneratedFiles.isoString(run.start) == leg.start_time, "\(name)")
                #expect(run.sport == SportMapping.fitSport(sport: leg.sport, subSport: leg.sub_sport), "\(name)")
            }
            #expect(Set(entries.map(\.contentHash)).count == entries.count, "\(name)")
            return
        }
        switch entry.content {
        case .notActivity(let reason):
            // Only non-activity files, or activities with neither sessions nor records, are set aside.
            #expect(
                expected.file_type != "activity" || (sessions.isEmpty && expected.first_record_time == nil),
                "\(name): \(reason)")
            if let type = expected.file_type, type != "activity" {
                #expect(reason.description.contains(type.replacingOccurrences(of: "_", with: " ")))
            }
        case .failed(let reason):
            #expect(!expected.valid, "\(name) is valid but failed: \(reason)")
        case .run(let run):
            #expect(expected.file_type == "activity")
            #expect(run.source.format == .fit)
            // The SDK stops at the first error; our reader may keep more, so counts are compared on valid files.
            if expected.valid {
                #expect(run.samples.count == expected.records ?? -1, "\(name)")
                #expect(run.laps.count == expected.laps ?? -1, "\(name)")
            }
            if !sessions.isEmpty {
                let distance = sessions.compactMap(\.total_distance).reduce(0, +)
                if sessions.contains(where: { $0.total_distance != nil }) {
                    #expect(abs(run.distanceMeters - distance) < 0.01, "\(name)")
                }
                let timer = sessions.compactMap(\.total_timer_time).reduce(0, +)
                if sessions.contains(where: { $0.total_timer_time != nil }) {
                    #expect(abs(run.movingSeconds - timer) < 0.01, "\(name)")
                }
                let starts = sessions.compactMap(\.start_time).sorted()
                if let first = starts.first {
                    #expect(GeneratedFiles.isoString(run.start) == first, "\(name)")
                }
                if sessions.count == 1, let session = sessions.first {
                    #expect(
                        run.sport == SportMapping.fitSport(sport: session.sport, subSport: session.sub_sport), "\(name)"
                    )
                }
            }
        }
    }

    @Test(arguments: gpxFiles())
    func gpxFileMatchesGpxpy(name: String) throws {
        let folder = try #require(corpusFolder).appendingPathComponent("gpx")
        let expectedURL = folder.appendingPathComponent(
            "expected/" + name.replacingOccurrences(of: ".gpx", with: ".json"))
        let expected = try JSONDecoder().decode(ExpectedGPX.self, from: Data(contentsOf: expectedURL))
        guard case .read(let entries, _) = Self.read(folder.appendingPathComponent(name)), let entry = entries.first
        else {
            Issue.record("\(name): not read")
            return
        }
        switch entry.content {
        case .notActivity:
            #expect(expected.first_point_time == nil || (expected.track_points ?? 0) == 0, "\(name)")
        case .failed(let reason):
            #expect(!expected.valid, "\(name): \(reason)")
        case .run(let run):
            if let points = expected.track_points { #expect(run.samples.count == points, "\(name)") }
            if let first = expected.first_point_time {
                #expect(GeneratedFiles.isoString(run.start) == String(first.prefix(19)) + "Z", "\(name)")
            }
            // gpxpy's 2-D length uses another Earth model; the geodesic path agrees within 0.5 %.
            if let length = expected.length_2d, length > 0, run.samples.allSatisfy({ $0.distanceMeters == nil }) {
                #expect(
                    abs(run.distanceMeters - length) / length < 0.005, "\(name): \(run.distanceMeters) vs \(length)")
            }
        }
    }
}
