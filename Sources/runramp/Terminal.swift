import Foundation

/// Small helpers for writing to the terminal: stderr lines, TTY detection.
enum Terminal {
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// True when stderr is a terminal (progress bars only make sense there).
    static var standardErrorIsTTY: Bool { isatty(2) == 1 }

    /// True when colour may be used on stdout: a terminal and no NO_COLOR.
    static var colorAllowed: Bool { isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }
}
