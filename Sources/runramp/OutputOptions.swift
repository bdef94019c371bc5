import ArgumentParser

/// `-f, --format text|markdown|json` and `--json`: the one way every command chooses between its
/// human output and JSON (docs/json-output.md). New commands adopt it with `@OptionGroup`.
struct FormatOptions: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("text or json (markdown is the same as text; plan's text is Markdown).", valueName: "format")
    )
    var format: String?

    @Flag(help: "Print JSON (the same as --format json; see docs/json-output.md).")
    var json = false

    /// True when JSON was asked for.
    var isJSON: Bool { json || format == "json" }

    func validate() throws {
        guard let format else { return }
        guard ["text", "markdown", "json"].contains(format) else {
            throw OptionError("--format \(format): expected text, markdown or json")
        }
        if json, format != "json" { throw OptionError("--json and --format \(format) disagree: give one of them") }
    }
}

/// `-o, --output FILE`: write the result to a file instead of stdout.
struct OutputFileOptions: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write to this file instead of stdout (- for stdout).", valueName: "file"))
    var output: String?
}

/// `-q, --quiet`: nothing on stderr but failures.
struct QuietOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "No progress output or summaries on stderr; failures are still printed.")
    var quiet = false
}
