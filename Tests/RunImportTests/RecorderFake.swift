import Foundation
import RunModel

@testable import RunImport

/// Stands in for the training log: remembers hashes and runs, deduplicates like the log does.
final class RecorderFake: @unchecked Sendable {
    // @unchecked: only used from one test task at a time.
    var hashes: [String: RecordOutcome] = [:]
    var runs: [Run] = []
    var batches: [Int] = []

    func record(_ files: [IncomingFile]) -> [RecordOutcome] {
        batches.append(files.count)
        return files.map { file in
            // Failures are never remembered (the log retries them), so any remembered hash is known.
            if hashes[file.contentHash] != nil { return .alreadyKnown }
            let result: RecordOutcome
            switch file.content {
            case .run(let run):
                if let match = runs.first(where: { $0.isSameActivity(as: run) }) {
                    result = .duplicate(keptRunID: match.id, replacedRunID: nil)
                } else {
                    runs.append(run)
                    result = .imported(runID: run.id)
                }
            case .notActivity(let reason): result = .notActivity(reason: reason)
            case .failed(let problem): return .failed(problem)
            }
            hashes[file.contentHash] = result
            return result
        }
    }

    var known: [KnownSourceFile] {
        // Paths are not tracked here: only hashes, so re-imports exercise the hash path.
        hashes.keys.map { KnownSourceFile(path: "", contentHash: $0, size: nil, modifiedAt: nil) }
    }
}
