import Foundation
import RunModel
@testable import RunImport

/// Stands in for the training log: remembers hashes and runs, deduplicates like the log does.
final class RecorderFake: @unchecked Sendable {
    // @unchecked: only used from one test task at a time.
    var hashes: [String: RecordResult] = [:]
    var runs: [Run] = []
    var batches: [Int] = []

    func record(_ files: [ReadFile]) -> [RecordResult] {
        batches.append(files.count)
        return files.map { file in
            if let known = hashes[file.contentHash], known != .failed(reason: "") { _ = known; return .alreadyKnown }
            let result: RecordResult
            switch file.content {
            case .run(let run):
                if let match = runs.first(where: { $0.isSameActivity(as: run) }) {
                    result = .duplicate(ofRunID: match.id)
                } else {
                    runs.append(run)
                    result = .imported
                }
            case .notActivity(let reason): result = .notActivity(reason: reason)
            case .failed(let reason): return .failed(reason: reason)
            }
            hashes[file.contentHash] = result
            return result
        }
    }

    var known: [KnownFile] {
        // Paths are not tracked here: only hashes, so re-imports exercise the hash path.
        hashes.keys.map { KnownFile(path: "", contentHash: $0, size: nil, modifiedAt: nil) }
    }
}
