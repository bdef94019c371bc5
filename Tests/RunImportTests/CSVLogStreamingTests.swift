import Foundation
import RunModel
import TestSupport
import Testing

@testable import RunImport

/// A CSV log is read row by row as it is recorded (CSVLogFile): batches of whole rows in the file's
/// order, the rows that cannot be read listed after its runs, and an import killed between batches
/// keeps whole batches and adds the rest next time.
@Suite struct CSVLogStreamingTests {
    /// `count` rows of 5 km + i × 10 m, one a day from 2020-01-01; every row in `bad` has no distance.
    static func log(_ count: Int, bad: Set<Int> = [], in folder: URL) throws -> String {
        let start = try #require(CalendarDay("2020-01-01"))
        let rows = (0..<count).map { index in
            "\(start.adding(days: index)),\(bad.contains(index) ? "far" : "\(5_000 + index * 10)m"),30:00"
        }
        let url = folder.appendingPathComponent("log.csv")
        try TestTools.write((["date,distance,duration"] + rows).joined(separator: "\n") + "\n", to: url)
        return url.path
    }

    static func distances(_ batches: [[IncomingFile]]) -> [Double] {
        batches.joined().compactMap { file in
            guard case .run(let run) = file.content else { return nil }
            return run.distanceMeters
        }
    }

    @Test func rowsAreRecordedInBatchesInTheirOrderAndBadRowsListedAfter() async throws {
        let folder = try TestTools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.log(10, bad: [2, 7], in: folder)
        let recorder = OrderedRecorder()
        let report = try await Importer(known: [], batchSize: 3, concurrency: 1).run(paths: [path]) {
            recorder.record($0)
        }
        #expect(recorder.batches.map(\.count) == [3, 3, 2])
        #expect(Self.distances(recorder.batches) == [0, 1, 3, 4, 5, 6, 8, 9].map { 5_000 + Double($0) * 10 })
        #expect(recorder.batches.joined().map(\.path) == [2, 3, 5, 6, 7, 8, 10, 11].map { "\(path):\($0)" })
        #expect(report.imported == 8)
        #expect(report.failures.map(\.path) == ["\(path):4", "\(path):9"])
        #expect(report.filesSeen == 1)
    }

    @Test func anImportKilledBetweenBatchesKeepsWholeBatchesAndAddsTheRestNextTime() async throws {
        let folder = try TestTools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.log(20, in: folder)
        for killedAt in 1...4 {
            let recorder = RecorderFake()
            struct Killed: Error {}
            await #expect(throws: Killed.self) {
                _ = try await Importer(known: [], batchSize: 4, concurrency: 1).run(paths: [path]) { files in
                    if recorder.batches.count == killedAt { throw Killed() }
                    return recorder.record(files)
                }
            }
            // Whole batches only, the first rows of the file.
            let kept = killedAt * 4
            #expect(recorder.runs.map(\.distanceMeters) == (0..<kept).map { 5_000 + Double($0) * 10 })
            let again = try await Importer(known: [], batchSize: 4, concurrency: 1).run(paths: [path]) {
                recorder.record($0)
            }
            #expect(again.imported == 20 - kept)
            #expect(again.alreadyKnown == kept)
            #expect(recorder.runs.count == 20)
        }
    }

    @Test func aLogWithAHeaderOnlyIsNoActivity() async throws {
        let folder = try TestTools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestTools.write("date,distance,duration\n\n", to: folder.appendingPathComponent("empty.csv"))
        let report = try await Importer(known: []).run(paths: [folder.path]) { RecorderFake().record($0) }
        #expect(report.notActivityFiles.map(\.message) == ["a CSV log without rows"])
        #expect(report.imported == 0 && report.failures.isEmpty)
    }
}
