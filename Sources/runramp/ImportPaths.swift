import Foundation
import RunImport
import TrainingLog

/// Imports `paths` into `log` (progress on stderr unless `quiet`) and returns the report; the
/// `import` and `plan` commands share it. `printSummary` puts the summary on stderr (quiet keeps
/// only the failures).
func importPaths(_ paths: [String], into log: LogDatabase, quiet: Bool, printSummary: Bool = true) async throws -> ImportReport {
    let known = try log.knownSourceFiles().map {
        KnownFile(path: $0.path, contentHash: $0.contentHash, size: $0.size, modifiedAt: $0.modifiedAt)
    }
    let printer = ImportProgressPrinter()
    let database = log.path
    let importer = Importer(known: known, excluding: Set(["", "-wal", "-shm", "-journal"].map { database + $0 }))
    let report = try await importer.run(
        paths: paths,
        progress: { progress in if !quiet { printer.update(progress) } },
        record: { files in try await log.record(files.map(incomingFile)).map(recordResult) })
    printer.finish()
    if printSummary {
        if quiet {
            for failure in report.failures { Terminal.printError(ImportReport.line(for: failure)) }
        } else {
            Terminal.printError(report.summary)
        }
    }
    return report
}

private func incomingFile(_ file: ReadFile) -> IncomingFile {
    let content: IncomingFile.Content
    switch file.content {
    case .run(let run): content = .run(run)
    case .notActivity(let reason): content = .notActivity(reason: reason)
    case .failed(let reason): content = .failed(reason: reason)
    }
    return IncomingFile(path: file.path, contentHash: file.contentHash, size: file.size, modifiedAt: file.modifiedAt, content: content)
}

private func recordResult(_ outcome: RecordOutcome) -> RecordResult {
    switch outcome {
    case .imported: .imported
    case .duplicate(let kept, _): .duplicate(ofRunID: kept)
    case .alreadyKnown: .alreadyKnown
    case .notActivity(let reason): .notActivity(reason: reason)
    case .failed(let reason): .failed(reason: reason)
    }
}
