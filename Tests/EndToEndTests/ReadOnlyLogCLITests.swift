import Foundation
import Testing

/// `runs`, `weeks` and `plan --dry-run` without paths read the log without writing it, even from a
/// read-only file in a read-only folder, and a plain `plan` there is made and says it was not
/// remembered (every plan made is remembered otherwise, docs/weekly-loop.md); with HOME unset the log is found through the user database or the
/// command asks for --db.
///
/// Tests run as root, where file modes do not stop writes: when `setpriv` is there the commands run
/// as an unprivileged user (uid 65534) so the read-only modes really apply; either way the test
/// compares the log's bytes and modification time before and after, which holds as root too.
@Suite(.serialized) struct ReadOnlyLogCLITests {
    static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var isRoot: Bool { getuid() == 0 }

    /// Runs `runramp` as `uid` (through setpriv, when root and available) with exactly `environment`.
    /// True when every folder above the temporary folder lets other users through (o+x), so an
    /// unprivileged user can reach a log made there.
    static var othersReachTemporaryFiles: Bool {
        var url = FileManager.default.temporaryDirectory.standardizedFileURL
        while url.path != "/" {
            let mode = (try? FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) ?? 0
            if mode & 0o001 == 0 { return false }
            url.deleteLastPathComponent()
        }
        return true
    }

    static func runRampAs(uid: Int?, _ arguments: [String], environment: [String: String]) throws -> CLIResult {
        let root = URL(fileURLWithPath: "/")
        if let uid, isRoot, let setpriv, othersReachTemporaryFiles {
            let dropped = ["--reuid=\(uid)", "--regid=\(uid)", "--clear-groups", runRampBinary().path] + arguments
            return try runProgram(
                URL(fileURLWithPath: setpriv), dropped, environment: environment, currentDirectory: root)
        }
        return try runProgram(runRampBinary(), arguments, environment: environment, currentDirectory: root)
    }

    @Test func readingCommandsLeaveAReadOnlyLogUntouched() throws {
        let folder = try ReaderProbe.temporaryFolder()
        defer {
            chmod(folder.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let db = folder.appendingPathComponent("log.sqlite").path
        for day in ["2026-11-16", "2026-11-18", "2026-11-20"] {
            let added = try runRamp(["add", "--db", db, "--date", day, "--distance", "6km", "--duration", "33:00"])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let expectedRuns = try runRamp(["runs", "--db", db]).stdout
        #expect(expectedRuns.split(separator: "\n").count == 4)  // the header and three runs
        // No connection is open: the reader's empty -wal and -shm go, as after the last writer closed.
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        let modified = try FileManager.default.attributesOfItem(atPath: db)[.modificationDate] as? Date
        #expect(chmod(db, 0o444) == 0 && chmod(folder.path, 0o555) == 0)
        // Searchable by the unprivileged user: the temporary folder's parents are world-readable.
        let env = ["PATH": "/usr/bin:/bin", "TZ": "UTC"]
        // First with no -shm beside the log (the unprivileged user cannot create one: read as an
        // immutable file), then with the -shm a reader with write access left (shared read-only).
        for phase in ["no -shm", "a -shm of another user"] {
            if phase != "no -shm" { _ = try runRamp(["runs", "--db", db]) }
            for arguments in [
                ["runs"], ["runs", "--json"], ["weeks", "--today", "2026-11-26"],
                ["plan", "--today", "2026-11-26", "--dry-run"],
            ] {
                let result = try Self.runRampAs(uid: 65_534, arguments + ["--db", db], environment: env)
                #expect(result.status == 0, "\(phase), \(arguments): \(result.stderr)")
                #expect(result.stderr.isEmpty, "\(phase), \(arguments): \(result.stderr)")
                if arguments == ["runs"] { #expect(result.stdout == expectedRuns, "\(phase)") }
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes)
        #expect(try FileManager.default.attributesOfItem(atPath: db)[.modificationDate] as? Date == modified)
        // Any -wal SQLite left beside the log holds nothing: no transaction was written.
        let wal = (try? Data(contentsOf: URL(fileURLWithPath: db + "-wal"))) ?? Data()
        #expect(wal.isEmpty)
        // A command that writes says so in one line and changes nothing.
        if Self.isRoot, Self.setpriv != nil, Self.othersReachTemporaryFiles {
            let add = try Self.runRampAs(
                uid: 65_534, ["add", "--db", db, "--date", "2026-11-21", "--distance", "5km", "--duration", "30:00"],
                environment: env)
            #expect(add.status == 1)
            #expect(add.stderr.hasPrefix("\(db): "), "\(add.stderr)")
            #expect(add.stderr.split(separator: "\n").count == 1, "\(add.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes)
            // A plan is made, and says plainly that it could not be remembered.
            let plan = try Self.runRampAs(uid: 65_534, ["plan", "--today", "2026-11-26", "--db", db], environment: env)
            #expect(plan.status == 0, "\(plan.stderr)")
            #expect(plan.stdout.contains("# Running plan"), "\(plan.stdout)")
            #expect(
                plan.stderr
                    == "runramp: note: the training log cannot be written, so this plan was not remembered: "
                    + "the next review will not compare your runs with it\n")
            #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes)
        }
    }

    @Test func withoutHomeTheLogComesFromTheUserDatabaseOrIsAskedFor() throws {
        // uid 54 321 has no entry in /etc/passwd: no home at all, so the command asks for --db.
        guard Self.isRoot, Self.setpriv != nil else { return }
        let result = try Self.runRampAs(uid: 54_321, ["runs"], environment: ["PATH": "/usr/bin:/bin"])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "runramp: cannot tell where the training log is: HOME is not set and user 54321 has no home directory; give --db FILE or set RUNRAMP_DB\n"
        )
        #expect(!FileManager.default.fileExists(atPath: "/.local/share/runramp"))
    }
}
