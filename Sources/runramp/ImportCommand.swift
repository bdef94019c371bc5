import ArgumentParser
import Foundation
import PrintableText
import Render
import RunImport
import RunModel

/// `runramp import PATH… [--db FILE] [--json] [-q]`: adds workout files and folders to the log.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Import FIT, GPX, TCX (also .gz), CSV logs and Strava, Garmin or Apple Health exports (folders or .zip) into the training log."
    )

    @Argument(help: ArgumentHelp("Files or folders to import (folders are walked recursively).", valueName: "path"))
    var paths: [String]

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var format: FormatOptions

    @OptionGroup var verbosity: QuietOptions

    func run() async throws {
        // A mistyped path is refused before anything is imported: one line, not a summary of nothing.
        let missing = paths.filter { !FileManager.default.fileExists(atPath: $0) }
        if !missing.isEmpty {
            for path in missing {
                Terminal.printError("runramp: \(TerminalText.oneLine(path)): no such file or folder")
            }
            throw ExitCode.failure
        }
        let log = try database.open()
        let report = try await importPaths(paths, into: log, quiet: verbosity.quiet, printSummary: false)
        if format.isJSON {
            print(try JSONOutput.document(report, schema: .importReport), terminator: "")
        } else {
            print(report.summary)
        }
        // Nothing usable from what was given (a photo, an empty folder, only failures) is a failure too.
        if let reason = report.nothingImportedReason(given: paths.map(TerminalText.oneLine)) {
            Terminal.printError("runramp: \(reason)")
            throw ExitCode.failure
        }
    }
}
