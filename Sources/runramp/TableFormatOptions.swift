import ArgumentParser

/// `-f, --format text|json|csv` and `--json` for the commands that list a table (`runs`, `weeks`): the same
/// choice as `FormatOptions`, plus CSV for spreadsheets (docs/csv-output.md).
struct TableFormatOptions: ParsableArguments {
    enum Kind { case text, json, csv }

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "text, json or csv (RFC 4180, a header row; markdown is the same as text).", valueName: "format")
    )
    var format: String?

    @Flag(help: "Print JSON (the same as --format json; see docs/json-output.md).")
    var json = false

    /// The format asked for.
    var kind: Kind {
        if json || format == "json" { return .json }
        return format == "csv" ? .csv : .text
    }

    func validate() throws {
        guard let format else { return }
        guard ["text", "markdown", "json", "csv"].contains(format) else {
            throw OptionError("--format \(format): expected text, json or csv")
        }
        if json, format != "json" { throw OptionError("--json and --format \(format) disagree: give one of them") }
    }
}
