import Foundation
import GRDB
import RunModel
import TestSupport
import Testing

@testable import TrainingLog

/// A damaged log file is refused, whole and before anything is written, by every open that may
/// write (docs/log.md, "A damaged log"): SQLite alone writes into it without noticing as long as the
/// pages it touches look sound. Reading commands still open it and leave out what they cannot read.
@Suite struct DamagedLogTests {
    static let pageSize = 4_096

    /// A closed log of 60 runs with tracks (tables, indexes and overflow pages), and its bytes.
    static func closedLog() throws -> (folder: URL, path: String, bytes: Data) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("damaged-log-\(UUID().uuidString)")
        let path = folder.appendingPathComponent("log.sqlite").path
        do {
            let log = try LogDatabase(path: path)
            let runs = (0..<60).map { i in
                let start = LogFixtures.day.addingTimeInterval(Double(i) * 86_400)
                return LogFixtures.file(
                    LogFixtures.run(id: "r\(i)", start: start, samples: LogFixtures.track(count: 40, start: start)))
            }
            _ = try log.record(runs)
        }
        // The pool is closed: SQLite has checkpointed the WAL into the file and removed it.
        #expect(((try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data()).isEmpty)
        return (folder, path, try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func expectRefusedUnchanged(_ path: String, _ damaged: Data, _ comment: Comment) {
        #expect(throws: LogError(.damaged, path: path), comment) { try LogDatabase(path: path, access: .readWrite) }
        #expect((try? Data(contentsOf: URL(fileURLWithPath: path))) == damaged, comment)
        #expect(((try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data()).isEmpty, comment)
    }

    /// Every page but the first, in turn, with its first five bytes set to FF: a b-tree page then
    /// has no valid type, an overflow page points past the file's end.
    @Test func aDamagedPageAnywhereIsRefusedBeforeAnythingIsWritten() throws {
        let (folder, path, original) = try Self.closedLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = original.count / Self.pageSize
        #expect(pages > 20)
        for page in 1..<pages {
            var damaged = original
            damaged.replaceSubrange(
                page * Self.pageSize..<page * Self.pageSize + 5, with: Data(repeating: 0xFF, count: 5))
            try damaged.write(to: URL(fileURLWithPath: path))
            Self.expectRefusedUnchanged(path, damaged, "page \(page + 1) of \(pages)")
        }
        // The sound file opens and takes a run.
        try original.write(to: URL(fileURLWithPath: path))
        let log = try LogDatabase(path: path, access: .readWrite)
        _ = try log.record([
            LogFixtures.file(LogFixtures.run(id: "new", start: LogFixtures.day.addingTimeInterval(-86_400)))
        ])
        #expect(try log.allRuns().count == 61)
    }

    /// Cut short at every eighth page boundary and in the middle of pages (a copy that stopped).
    @Test func aLogCutShortIsRefusedBeforeAnythingIsWritten() throws {
        let (folder, path, original) = try Self.closedLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = original.count / Self.pageSize
        for length in stride(from: 2 * Self.pageSize, to: original.count, by: 8 * Self.pageSize) + [
            original.count - Self.pageSize, original.count - 1_000,
        ] {
            let damaged = original.prefix(length)
            try damaged.write(to: URL(fileURLWithPath: path))
            Self.expectRefusedUnchanged(path, Data(damaged), "\(length) of \(original.count) bytes, \(pages) pages")
        }
    }

    /// Bytes flipped at random places of random pages (seeded): refused, or, where the damage hit
    /// only values inside a row (SQLite keeps no checksums), still opened with every run readable
    /// or skipped with a note; never a crash.
    @Test(arguments: 0..<40 as Range<UInt64>)
    func randomFlipsAreRefusedOrReadSafely(seed: UInt64) throws {
        let (folder, path, original) = try Self.closedLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SplitMix64(seed: seed)
        var damaged = original
        let page = Int.random(in: 1..<original.count / Self.pageSize, using: &random)
        for _ in 0..<8 {
            let offset = page * Self.pageSize + Int.random(in: 0..<Self.pageSize, using: &random)
            damaged[offset] ^= UInt8.random(in: 1...255, using: &random)
        }
        try damaged.write(to: URL(fileURLWithPath: path))
        do {
            let log = try LogDatabase(path: path, access: .readWrite)
            let stored = try log.runs(since: nil)
            #expect(stored.runs.count + stored.skipped.count <= 60, "seed \(seed)")
        } catch let error as LogError {
            #expect(error == LogError(.damaged, path: path), "seed \(seed), page \(page)")
            #expect((try? Data(contentsOf: URL(fileURLWithPath: path))) == damaged, "seed \(seed)")
        }
    }

    /// Read-only opens still read a damaged log (and skip what they cannot read), as before.
    @Test func aReadOnlyOpenDoesNotCheckTheWholeFile() throws {
        let (folder, path, original) = try Self.closedLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = original.count / Self.pageSize
        var damaged = original
        // The last page: a page of the run table, an index or a track, not the schema's.
        damaged.replaceSubrange(
            (pages - 1) * Self.pageSize..<(pages - 1) * Self.pageSize + 5, with: Data(repeating: 0xFF, count: 5))
        try damaged.write(to: URL(fileURLWithPath: path))
        _ = try LogDatabase(path: path, access: .readOnly)
        Self.expectRefusedUnchanged(path, damaged, "last page")
        #expect(
            LogError(.damaged, path: "/tmp/log.sqlite").description
                == "/tmp/log.sqlite: the training log is damaged (SQLite found a malformed page); restore it from a backup"
        )
    }
}
