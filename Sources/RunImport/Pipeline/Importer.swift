import FilePaths
import Foundation
public import RunModel

/// Imports files and folders: walks, reads and decodes in parallel, and hands batches to the
/// caller's `record` function (which writes them to the log in one transaction each).
///
/// Knows nothing of the database: what the log already holds comes in as `known`, and what the log
/// did with each entry comes back from `record`. Memory stays bounded: at most `concurrency` files
/// are being read and at most `batchSize` entries wait to be recorded. A file of many runs (a CSV
/// log, chained FIT files) is recorded in batches of `batchSize` too, so a kill keeps what was
/// recorded and a concurrent writer waits for one batch, not for the whole file.
public struct Importer: Sendable {
    public var known: [KnownSourceFile]
    public var batchSize: Int
    public var concurrency: Int

    /// Files never to import (the log's own database files when they sit inside an imported folder).
    public var excluded: Set<String>
    /// Gives runs whose file has no UTC offset the offset of their place (or the user's zone).
    public var localOffsets: LocalOffsetResolver

    /// The bounds on file sizes, archives and XML (docs/import-limits.md).
    public var limits: ImportLimits

    public init(
        known: [KnownSourceFile], excluding excluded: Set<String> = [], batchSize: Int = 32, concurrency: Int? = nil,
        limits: ImportLimits = .standard, localOffsets: LocalOffsetResolver = .processEnvironment
    ) {
        self.known = known
        self.limits = limits
        self.localOffsets = localOffsets
        self.excluded = Set(excluded.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        self.batchSize = max(1, batchSize)
        self.concurrency = max(1, concurrency ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    public func run(
        paths: [String],
        progress: @Sendable (ImportProgress) -> Void = { _ in },
        record: @escaping @Sendable ([IncomingFile]) async throws -> [RecordOutcome]
    ) async throws -> ImportReport {
        var report = ImportReport()
        let walk = FileWalker.candidates(in: paths, limits: limits)
        // By identity too: the log reached through a link or another spelling of its path must never
        // be opened here (closing that descriptor would drop this process's SQLite locks on it).
        let excludedFiles = Set(excluded.map(FileIdentity.init(path:)))
        let candidates = walk.files.filter {
            !excluded.contains($0.path) && !excludedFiles.contains(FileIdentity(path: $0.path))
        }
        for path in walk.missing { report.failures.append(.init(ImportError(.missing, path: path))) }
        for error in walk.broken { report.failures.append(.init(error)) }
        for path in walk.alreadyWalked {
            report.notes.append(.init(path: path, .folderAlreadyWalked))
        }
        report.skipped = walk.passedOver
        report.filesSeen = candidates.count + walk.broken.count
        let limits = self.limits
        let knownHashes = Set(known.map(\.contentHash))
        var knownByPath: [String: KnownSourceFile] = [:]
        for file in known where file.size != nil { knownByPath[file.path] = file }

        var completed = 0
        var batch: [IncomingFile] = []
        // One batch is written while the next is decoded; batches are still written one after
        // another, in order, so deduplication sees every earlier batch.
        var writing: Task<[(IncomingFile, RecordOutcome)], any Error>?
        func finishWriting() async throws {
            guard let previous = writing else { return }
            writing = nil
            for (file, result) in try await previous.value { report.add(result, for: file) }
        }
        func flush() async throws {
            guard !batch.isEmpty else { return }
            try await finishWriting()
            let files = Array(batch.prefix(batchSize))
            batch.removeFirst(files.count)
            writing = Task {
                let results = try await record(files)
                return Array(zip(files, results))
            }
        }

        var pending = candidates.makeIterator()
        try await withThrowingTaskGroup(of: (CandidateFile, FileReader.Outcome).self) { group in
            var running = 0
            // Starts the next file that needs reading; unchanged files (same path, size, mtime) are
            // counted as known right here without opening them.
            func startNext() -> Bool {
                while let file = pending.next() {
                    if let old = knownByPath[file.path], old.size == file.size,
                        sameTime(old.modifiedAt, file.modifiedAt)
                    {
                        report.alreadyKnown += 1
                        completed += 1
                        progress(ImportProgress(completed: completed, total: candidates.count, path: file.path))
                        continue
                    }
                    group.addTask { (file, FileReader.read(file, knownHashes: knownHashes, limits: limits)) }
                    return true
                }
                return false
            }
            while running < concurrency, startNext() { running += 1 }
            while let (file, outcome) = try await group.next() {
                running -= 1
                switch outcome {
                case .alreadyKnown: report.alreadyKnown += 1
                case .notWorkoutFile(let reason): report.add(.notActivity(reason: reason), path: file.path)
                case .unreadable(let error): report.failures.append(.init(error))
                case .read(let entries, let failures):
                    // Batch by batch as they are dated: a file of 10^5 rows never waits whole in
                    // `batch` (a second copy), and no batch is cut from the front of a long array.
                    for entry in Self.fingerprintLast(entries) {
                        batch.append(localOffsets.dated(entry))
                        if batch.count >= batchSize { try await flush() }
                    }
                    report.failures += failures.map(ImportReport.Failure.init)
                case .csvLog(let log):
                    // Each row is read when the one before it has joined its batch: the log is never
                    // held as runs. Rows that cannot be read are listed after the log's runs, as ever.
                    var rows = 0
                    var failures: [ImportError] = []
                    for row in log {
                        rows += 1
                        switch row {
                        case .success(let entry):
                            batch.append(localOffsets.dated(entry))
                            if batch.count >= batchSize { try await flush() }
                        case .failure(let error): failures.append(error)
                        }
                    }
                    if rows == 0 { report.add(.notActivity(reason: .csvLogWithoutRows), path: file.path) }
                    report.failures += failures.map(ImportReport.Failure.init)
                }
                completed += 1
                progress(ImportProgress(completed: completed, total: candidates.count, path: file.path))
                while batch.count >= batchSize { try await flush() }
                while running < concurrency, startNext() { running += 1 }
            }
        }
        while !batch.isEmpty { try await flush() }
        try await finishWriting()
        return report
    }

    /// The entries of one file in the order they are recorded: the one that carries the file's own
    /// size and time (the first leg of a file of many activities, whose fingerprint is the file's)
    /// last, so an import killed between the batches of a big file reads the file again next time
    /// and adds the runs still missing instead of skipping the file as known.
    static func fingerprintLast(_ entries: [IncomingFile]) -> [IncomingFile] {
        guard entries.count > 1, let first = entries.first, first.size != nil else { return entries }
        return Array(entries.dropFirst()) + [first]
    }

    private func sameTime(_ a: Date?, _ b: Date?) -> Bool {
        guard let a, let b else { return false }
        return abs(a.timeIntervalSince(b)) < 0.001
    }
}
