import Foundation

/// Whether human output is for a screen or for a file (docs/terminal-output.md): on a terminal `plan` draws its
/// chart as text bars and its tables as aligned columns; written to a file or a pipe, or with `--format markdown`,
/// it is Markdown with a Mermaid chart.
enum TerminalOutput {
    /// True when stdout is a terminal.
    static var isStandardOutput: Bool { isatty(1) == 1 }

    /// True when text for a screen is wanted: stdout is a terminal (`isTerminal`, injected so that tests need no
    /// terminal) and Markdown was not asked for by name.
    static func wantsText(format: String?, isTerminal: Bool) -> Bool { isTerminal && format != "markdown" }
}
