import Foundation
import RunImport
import TrainingLog

/// Imports `paths` into `log` (progress on stderr unless `quiet`) and returns the report; the
/// `import` and `plan` commands share it. `printSummary` puts the summary on stderr (quiet keeps
/// only the failures).
func importPaths(_ paths: [String], into log: LogDatabase, quiet: Bool, printSummary: Bool = true) async throws
    -> ImportReport
{
    let known = try log.knownSourceFiles()
    let printer = ImportProgressPrinter()
    let importer = Importer(known: known, excluding: Set(LogLocation.files(ofLog: log.path)))
    let report = try await importer.run(
        paths: paths,
        progress: { progress in if !quiet { printer.update(progress) } },
        record: { files in try await log.record(files) })
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
