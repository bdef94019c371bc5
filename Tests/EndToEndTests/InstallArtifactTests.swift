import ArgumentParser
import Foundation
import Testing

@testable import runramp

/// The shell completions and the manual page name every subcommand. The list comes from the
/// command configuration itself, so a subcommand added later is checked without editing this.
@Suite struct InstallArtifactTests {
    /// Every subcommand's name, nested ones included ("plan", …).
    static func subcommandNames(of command: any ParsableCommand.Type = RunRamp.self) -> [String] {
        command.configuration.subcommands.flatMap { sub in
            [sub.configuration.commandName ?? sub._commandName] + subcommandNames(of: sub)
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

    @Test func theSubcommandListComesFromTheConfiguration() {
        let names = Self.subcommandNames()
        #expect(
            names.count == RunRamp.configuration.subcommands.count
                + RunRamp.configuration.subcommands.reduce(0) {
                    $0 + Self.subcommandNames(of: $1).count
                })
        #expect(Set(names).isSuperset(of: ["inspect", "import", "add", "runs", "weeks", "plan"]))
        #expect(
            Self.mentions("commands: add, plan", "add") && !Self.mentions("the address", "add")
                && !Self.mentions("add-on", "add"))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsNameEverySubcommand(shell: String) throws {
        let result = try runRamp(["--generate-completion-script", shell])
        #expect(result.status == 0)
        for name in Self.subcommandNames() {
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
        let files = ["completions/runramp.bash", "completions/_runramp", "completions/runramp.fish", "man/runramp.1"]
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for name in Self.subcommandNames() {
                #expect(Self.mentions(text, name), "\(file) lacks \(name)")
            }
        }
        let manual = try String(contentsOf: folder.appendingPathComponent("man/runramp.1"), encoding: .utf8)
        #expect(manual.contains(".Dt RUNRAMP 1"))
        for name in Self.subcommandNames() where name != "help" {
            // Each subcommand has its own entry in the manual's list of commands.
            #expect(
                manual.contains(".It Em \(name)") || manual.contains("runramp \(name)"),
                "manual has no entry for \(name)")
        }
    }
}
