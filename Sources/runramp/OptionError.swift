/// A bad command-line value, reported as one line ("--weeks 13: expected 1 to 12") without the usage text.
///
/// Any command throws it (from `validate()` or `run()`); ArgumentParser prints it as one `Error:` line
/// with exit status 1, where a `ValidationError` would add the usage text and exit 64.
struct OptionError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}
