import Foundation
import Testing

/// What a runner types that no command should take as given: a name that is not UTF-8 (which
/// Swift's own argument list would turn into another name) and days outside 1900–2099.
@Suite struct CommandLineTextCLITests {
    /// Runs `runramp` through /bin/sh so that `script` can pass bytes that are not UTF-8 (printf).
    static func runRampInShell(_ script: String, in folder: URL) throws -> CLIResult {
        try runProgram(
            URL(fileURLWithPath: "/bin/sh"), ["-c", script, runRampBinary().path],
            environment: ["PATH": "/usr/bin:/bin", "HOME": folder.path], currentDirectory: folder)
    }

    @Test func aNameThatIsNotUTF8IsRefusedNeverMappedToAnother() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-argv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A Latin-1 name for a file that exists, and --db with one: neither is read or created.
        let latin1 = #"$(printf 'r\374n.gpx')"#
        _ = try Self.runRampInShell("printf '<gpx/>' > \(latin1)", in: folder)
        let inspect = try Self.runRampInShell(#""$0" inspect "# + latin1, in: folder)
        #expect(inspect.status == 1)
        #expect(
            inspect.stderr
                == "runramp: r\\xFCn.gpx: a name that is not UTF-8: rename the file (e.g. with convmv) and give its new "
                + "name; nothing was read\n")
        let runs = try Self.runRampInShell(#""$0" runs --db "$(printf 'l\377g.sqlite')""#, in: folder)
        #expect(runs.status == 1)
        #expect(runs.stderr.hasPrefix("runramp: l\\xFFg.sqlite: a name that is not UTF-8"), "\(runs.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count == 1, "no log under another name: \(files)")
        // UTF-8 names beyond ASCII are names like any other.
        let utf8 = try Self.runRampInShell(#""$0" inspect "Läufe.gpx""#, in: folder)
        #expect(utf8.stderr.hasPrefix("Läufe.gpx: no such file"), "\(utf8.stderr)")
    }

    @Test(arguments: [
        ["plan", "--today", "0000-01-01"], ["plan", "--start", "3026-11-24", "--today", "2026-11-24"],
        ["weeks", "--today", "1899-12-31"], ["checkin", "--today", "2100-01-01", "--back-pain", "none"],
        ["review", "--week", "0001-01-01"],
    ])
    func aDayOutside1900To2099IsRefusedInOneLine(arguments: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-days-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("log.sqlite").path
        let result = try runRamp(arguments + ["--db", db])
        let option = arguments.first { $0.hasPrefix("--") } ?? ""
        let value = arguments[(arguments.firstIndex(of: option) ?? 0) + 1]
        #expect(result.status == 1)
        #expect(result.stderr == "Error: \(option) \(value): expected a day between 1900-01-01 and 2099-12-31\n")
        #expect(!FileManager.default.fileExists(atPath: db), "nothing stored")
    }
}
