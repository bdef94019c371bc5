import Foundation
import Testing

/// The shell completions and the manual page name every subcommand. The list comes from
/// `runramp --help` itself, so a subcommand added later is checked without editing this.
@Suite struct InstallArtifactTests {
    /// Every subcommand's name as `runramp --help` lists them ("inspect", "plan", …).
    static func subcommandNames() throws -> [String] {
        try subcommandNames(inHelp: runRamp(["--help"]).stdout)
    }

    /// The names in the SUBCOMMANDS section of a help text: each entry's line starts with two spaces
    /// and the name; its wrapped description is indented further.
    static func subcommandNames(inHelp help: String) -> [String] {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("SUBCOMMANDS:") }) else { return [] }
        return lines[(start + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("See ") }
            .compactMap { line in
                guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
                return line.dropFirst(2).split(separator: " ").first.map(String.init)
            }
    }

    /// True when `name` appears in `text` as a whole word (not inside "address" for "add").
    static func mentions(_ text: String, _ name: String) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        while let range = text.range(of: name, range: searchRange) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isWordCharacter: (Character?) -> Bool = { $0.map { $0.isLetter || $0.isNumber || $0 == "-" } ?? false }
            if !isWordCharacter(before) && !isWordCharacter(after) { return true }
            searchRange = range.upperBound..<text.endIndex
        }
        return false
    }

    @Test func theSubcommandListComesFromTheHelp() throws {
        let names = try Self.subcommandNames()
        #expect(Set(names).count == names.count, "\(names)")
        #expect(
            Set(names).isSuperset(of: [
                "inspect", "import", "add", "runs", "weeks", "today", "plan", "checkin", "checkins", "review", "remove",
                "edit", "exclude", "include", "why", "settings",
            ]), "\(names)")
        let help =
            "SUBCOMMANDS:\n  plan                    Plan the next weeks\n                          (Markdown).\n  add  Add\n\n  See 'runramp help'"
        #expect(Self.subcommandNames(inHelp: help) == ["plan", "add"])
        #expect(
            Self.mentions("commands: add, plan", "add") && !Self.mentions("the address", "add")
                && !Self.mentions("add-on", "add"))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsNameEverySubcommand(shell: String) throws {
        let result = try runRamp(["--generate-completion-script", shell])
        #expect(result.status == 0)
        let names = try Self.subcommandNames()
        #expect(!names.isEmpty)
        for name in names {
            #expect(Self.mentions(result.stdout, name), "\(shell) completion lacks \(name)")
        }
    }

    /// The files `make completions man` wrote (CI sets RUNRAMP_INSTALL_ARTIFACTS to their folder).
    static let artifacts = ProcessInfo.processInfo.environment["RUNRAMP_INSTALL_ARTIFACTS"].map {
        URL(fileURLWithPath: $0)
    }

    @Test(
        .enabled(
            if: artifacts != nil, "set RUNRAMP_INSTALL_ARTIFACTS to the folder of `make completions man` (CI does)"))
    func installedCompletionsAndManualNameEverySubcommand() throws {
        let folder = try #require(Self.artifacts)
        let names = try Self.subcommandNames()
        let files = ["completions/runramp.bash", "completions/_runramp", "completions/runramp.fish", "man/runramp.1"]
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for name in names {
                #expect(Self.mentions(text, name), "\(file) lacks \(name)")
            }
        }
        let manual = try String(contentsOf: folder.appendingPathComponent("man/runramp.1"), encoding: .utf8)
        #expect(manual.contains(".Dt RUNRAMP 1"))
        for name in names where name != "help" {
            // Each subcommand has its own entry in the manual's list of commands.
            #expect(
                manual.contains(".It Em \(name)") || manual.contains("runramp \(name)"),
                "manual has no entry for \(name)")
        }
    }
}
