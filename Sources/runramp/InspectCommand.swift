import ArgumentParser
import UseCases

/// `runramp inspect FILE [--json]`: what a workout file holds, as a summary or as JSON.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what a FIT, GPX or TCX file holds (--json for the machine-readable report).",
        discussion: "The JSON report's keys are described in docs/inspect-json.md."
    )

    @Argument(help: "The file to inspect.")
    var file: String

    @OptionGroup var format: FormatOptions

    /// `--json` or `--format json`: the report of docs/inspect-json.md.
    var json: Bool { format.isJSON }

    func run() throws {
        switch InspectUseCase.inspect(file, forJSON: json) {
        case .refused(let reason, let format):
            if json { print(InspectUseCase.refusalJSON(reason: reason, format: format)) }
            Terminal.printError("\(file): \(reason)")
            throw ExitCode.failure
        case .inspected(let inspection):
            print(json ? inspection.json : inspection.summary)
            if let error = inspection.error { Terminal.printError(inspection.diagnostic(file: file, error: error)) }
            if !inspection.decodedAnything { throw ExitCode.failure }
        }
    }
}
