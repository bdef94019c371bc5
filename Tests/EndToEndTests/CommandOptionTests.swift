import ArgumentParser
import Foundation
import TestSupport
import Testing
import UseCases

/// The same short flag for the same meaning on every command, and ArgumentParser's own errors
/// printed as one line like the commands' own (README "Commands").
@Suite struct CommandOptionTests {
    /// One option or flag of a command, as `--experimental-dump-help` describes it.
    struct Argument: Hashable {
        var longNames: Set<String>
        var shortNames: Set<String>
    }

    /// Every command (nested ones included) with its named arguments, read from the binary's own
    /// description of itself, so commands added later are checked too.
    static func commands() throws -> [String: [Argument]] {
        let result = try runRamp(["--experimental-dump-help"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        var found: [String: [Argument]] = [:]
        func walk(_ command: [String: Any], path: String) {
            let arguments = (command["arguments"] as? [[String: Any]] ?? []).compactMap { argument -> Argument? in
                guard let names = argument["names"] as? [[String: String]] else { return nil }
                return Argument(
                    longNames: Set(names.filter { $0["kind"] == "long" }.compactMap { $0["name"] }),
                    shortNames: Set(names.filter { $0["kind"] == "short" }.compactMap { $0["name"] }))
            }
            found[path] = arguments
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                walk(sub, path: path + " " + (sub["commandName"] as? String ?? "?"))
            }
        }
        walk(try #require(root["command"] as? [String: Any]), path: "runramp")
        return found
    }

    /// Commands that never open the training log (no `--db`).
    static let withoutLog: Set<String> = ["runramp", "runramp inspect", "runramp help"]

    @Test func sameShortFlagForTheSameMeaningEverywhere() throws {
        let commands = try Self.commands()
        #expect(commands.keys.contains("runramp plan"))
        for (command, arguments) in commands {
            for argument in arguments {
                for (long, short) in [("output", "o"), ("quiet", "q"), ("format", "f")]
                where argument.longNames.contains(long) {
                    #expect(argument.shortNames == [short], "\(command) --\(long) should also be -\(short)")
                }
            }
            let longs = arguments.reduce(into: Set<String>()) { $0.formUnion($1.longNames) }
            if longs.contains("json") { #expect(longs.contains("format"), "\(command) has --json but no -f/--format") }
            if longs.contains("format") { #expect(longs.contains("json"), "\(command) has --format but no --json") }
            if !Self.withoutLog.contains(command) { #expect(longs.contains("db"), "\(command) has no --db") }
        }
    }

    @Test func planTakesShortQuietAndOutput() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-opts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try runRamp([
            "plan", packageRoot.appendingPathComponent("SampleTracks").path, "--today", "2026-11-24", "-q",
            "-o", dir.appendingPathComponent("plan.md").path, "--db", dir.appendingPathComponent("log.sqlite").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)  // -q: no import progress or summary
        #expect(
            try String(contentsOf: dir.appendingPathComponent("plan.md"), encoding: .utf8).hasPrefix("# Running plan"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("plan.svg").path))

        let json = try runRamp([
            "plan", "--today", "2026-11-24", "-f", "json", "--db", dir.appendingPathComponent("log.sqlite").path,
        ])
        #expect(json.stdout.contains("\"schema\" : \"runramp.plan/1\""))
    }

    @Test(arguments: [
        (["plan", "--weeks", "abc"], "Error: The value 'abc' is invalid for '--weeks <weeks>'"),
        (["plan", "--no-such-option"], "Error: Unknown option '--no-such-option'"),
        (["runs", "--since"], "Error: Missing value for '--since <date>'"),
        (["inspect"], "Error: Missing expected argument '<file>'"),
        (["weeks", "-f", "yaml"], "Error: --format yaml: expected text, json or csv"),
        (["plan", "-f", "csv"], "Error: --format csv: expected text, markdown or json"),
        (["runs", "--json", "--format", "text"], "Error: --json and --format text disagree: give one of them"),
        (["plan", "--weeks", "13"], "Error: --weeks 13: expected 1 to 12"),
    ])
    func parsingErrorsAreOneLineLikeOurs(arguments: [String], expected: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-err-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let withLog =
            arguments.first == "inspect"
            ? arguments : arguments + ["--db", dir.appendingPathComponent("log.sqlite").path]
        let result = try runRamp(withLog)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == expected + "\n")
        // A parsing error stops before the log is opened.
        #expect(!FileManager.default.fileExists(atPath: dir.path))
    }

    @Test func helpAndVersionStillSucceed() throws {
        let help = try runRamp(["plan", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("-o, --output <file>"))
        #expect(help.stdout.contains("-q, --quiet"))
        #expect(help.stdout.contains("-f, --format <format>"))
        let version = try runRamp(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == RunRampVersion.string + "\n")
    }
}
