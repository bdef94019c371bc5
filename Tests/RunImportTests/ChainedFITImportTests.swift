import Foundation
import RunModel
import TestSupport
import Testing

@testable import RunImport

/// Chained FIT files of many activities: one run per activity found in one pass, recorded in
/// batches with the file's own fingerprint last (a kill between batches loses nothing on the
/// next import), and a cap on runs per file said in a note.
@Suite struct ChainedFITImportTests {
    static let firstDay = Date(timeIntervalSince1970: 1_790_000_000)

    /// `count` activities of 5 km + i × 100 m, one a day, chained in one file.
    static func chainedFile(_ count: Int, in folder: URL) throws -> String {
        let bytes = (0..<count).flatMap { index in
            FITWriter.activity(
                start: firstDay.addingTimeInterval(Double(index) * 86_400), distance: 5_000 + Double(index) * 100,
                points: 12)
        }
        let path = folder.appendingPathComponent("chained.fit").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aBigFileIsRecordedInBatchesWithItsOwnFingerprintLast() async throws {
        let folder = try TestTools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.chainedFile(7, in: folder)
        let recorder = OrderedRecorder()
        let report = try await Importer(known: [], batchSize: 3, concurrency: 1).run(paths: [path]) {
            recorder.record($0)
        }
        #expect(report.imported == 7)
        #expect(recorder.batches.map(\.count) == [3, 3, 1])
        let fileHash = ContentHash.sha256Hex(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(recorder.batches.last?.last?.contentHash == fileHash)
        #expect(recorder.batches.last?.last?.path == path)
        // Every leg's distance, in order of the activities: each record went to its own session.
        let distances = recorder.batches.joined().compactMap { file -> Double? in
            guard case .run(let run) = file.content else { return nil }
            return run.distanceMeters
        }
        #expect(distances.sorted() == (0..<7).map { 5_000 + Double($0) * 100 })
    }

    @Test func anImportKilledBetweenBatchesFinishesOnTheNextRun() async throws {
        let folder = try TestTools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.chainedFile(7, in: folder)
        let recorder = RecorderFake()
        struct Killed: Error {}
        await #expect(throws: Killed.self) {
            _ = try await Importer(known: [], batchSize: 3, concurrency: 1).run(paths: [path]) { files in
                if recorder.batches.count == 1 { throw Killed() }
                return recorder.record(files)
            }
        }
        #expect(recorder.runs.count == 3)
        let again = try await Importer(known: recorder.known, batchSize: 3, concurrency: 1).run(paths: [path]) {
            recorder.record($0)
        }
        #expect(again.imported == 4)
        #expect(again.alreadyKnown == 3)
        #expect(recorder.runs.count == 7)
    }

    @Test func aFileOverTheCapGivesItsFirstRunsAndSaysHowManyWereLeftOut() async throws {
        let folder = try TestTools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.chainedFile(5, in: folder)
        var limits = ImportLimits.standard
        limits.maximumRunsPerFile = 3
        let recorder = OrderedRecorder()
        let report = try await Importer(known: [], limits: limits).run(paths: [path]) { recorder.record($0) }
        #expect(report.imported == 3)
        let notes = recorder.batches.joined().flatMap(\.notes).map(\.description).filter {
            $0.contains("activities in one file")
        }
        #expect(
            notes == [
                "5 activities in one file, more than the 3 a file may hold: the first 3 were read, the other 2 left out"
            ])
    }

    @Test func spansAreFoundAsByCheckingEachOne() {
        var generator = SplitMix64(seed: 20)
        for round in 0..<200 {
            let spans = (0..<Int.random(in: 0...12, using: &generator)).map { _ -> ClosedRange<Double>? in
                guard Int.random(in: 0..<8, using: &generator) != 0 else { return nil }
                let start = Double(Int.random(in: 0...100, using: &generator))
                return start...(start + Double(Int.random(in: 0...30, using: &generator)))
            }
            let index = SpanIndex(spans)
            for time in stride(from: -2.0, through: 135, by: 0.5) {
                var found: [Int] = []
                index.forEach(containing: time) { found.append($0) }
                let expected = spans.indices.filter { spans[$0]?.contains(time) ?? false }
                #expect(found == expected, "seed 20, round \(round), time \(time)")
            }
        }
    }
}

/// Remembers every batch in order (one test task at a time).
final class OrderedRecorder: @unchecked Sendable {
    // @unchecked: only used from one test task at a time.
    var batches: [[IncomingFile]] = []

    func record(_ files: [IncomingFile]) -> [RecordOutcome] {
        batches.append(files)
        return files.map { file in
            if case .run(let run) = file.content { return .imported(runID: run.id) }
            return .notActivity(reason: .alreadyKnown)
        }
    }
}
