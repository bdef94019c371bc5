import ArgumentParser
import Foundation

/// ArgumentParser's parsing errors as one line in the style of `OptionError`.
enum UsageFailure {
    /// "Error: The value 'abc' is invalid for '--weeks <weeks>'" for a
    /// parsing error; nil for anything else (help, `--version`, the commands' own errors), which
    /// ArgumentParser prints as it does.
    static func line(for error: any Error) -> String? {
        guard RunRamp.exitCode(for: error) == .validationFailure else { return nil }
        let message = RunRamp.message(for: error)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
        return "Error: \(message)"
    }
}
