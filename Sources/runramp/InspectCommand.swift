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

    func run() throws { try Self.inspect(file, json: json) }

    /// `runramp inspect FILE` and `runramp inspect FILE --json` (either order) without the argument parser: the
    /// arguments after `inspect`, or nil for any other shape, which the parser handles (docs/benchmarks.md,
    /// "Start-up": parsing reflects over every command's options, most of a small file's inspection).
    static func plainArguments(_ arguments: [String]) -> (file: String, json: Bool)? {
        guard arguments.first == "inspect" else { return nil }
        let rest = arguments.dropFirst()
        let files = rest.filter { !$0.hasPrefix("-") }
        let flags = rest.filter { $0.hasPrefix("-") }
        guard files.count == 1, let file = files.first, !file.isEmpty, flags.allSatisfy({ $0 == "--json" }),
            flags.count <= 1
        else { return nil }
        return (file, !flags.isEmpty)
    }

    /// Prints the inspection of `file` (its JSON report with `json`); fails when nothing could be decoded.
    static func inspect(_ file: String, json: Bool) throws {
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
