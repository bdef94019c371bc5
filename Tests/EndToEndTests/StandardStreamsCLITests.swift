import Foundation
import Testing

/// A closed, full or broken stderr never kills a command, and a failed stdout is a failure:
/// the shell sets the streams up (`2>&-`, `>/dev/full`, a pipe whose reader has gone).
@Suite struct StandardStreamsCLITests {
    /// Runs `script` with `sh -c`, RUNRAMP standing for the binary and F for the scratch folder.
    func shell(_ script: String, in folder: URL) throws -> CLIResult {
        try runProgram(
            URL(fileURLWithPath: "/bin/sh"), ["-c", script],
            environment: [
                "RUNRAMP": runRampBinary().path, "F": folder.path, "PATH": "/usr/bin:/bin", "TZ": "UTC",
                "HOME": folder.path,
            ])
    }

    func folderWithOneRun() throws -> URL {
        let folder = try ReaderProbe.temporaryFolder()
        let gpx = ReaderProbe.gpx(start: Date(timeIntervalSince1970: 1_795_000_000), meters: 5_000, heartRate: false)
        try Data(gpx.utf8).write(to: folder.appendingPathComponent("run.gpx"))
        return folder
    }

    @Test(arguments: ["2>&-", "2>/dev/full"])
    func importWithAClosedOrFullStderrStillImports(_ redirection: String) throws {
        let folder = try folderWithOneRun()
        defer { try? FileManager.default.removeItem(at: folder) }
        let imported = try shell("\"$RUNRAMP\" import \"$F/run.gpx\" --db \"$F/log.sqlite\" \(redirection)", in: folder)
        #expect(imported.status == 0)
        #expect(imported.stdout.hasPrefix("1 files seen: 1 imported"))
        let runs = try runRamp(["runs", "--db", folder.appendingPathComponent("log.sqlite").path, "--json"])
        #expect(runs.stdout.components(separatedBy: "\"distance_meters\"").count == 2, "\(runs.stdout)")
    }

    @Test(arguments: [
        (">/dev/full", "runramp: cannot write to stdout: No space left on device\n"),
        (">&-", "runramp: cannot write to stdout: Bad file descriptor\n"),
    ])
    func aFailedStdoutIsAFailureWithOneLine(_ redirection: String, _ message: String) throws {
        let folder = try folderWithOneRun()
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in ["import \"$F/run.gpx\" --json", "runs", "plan --today 2026-12-01"] {
            let result = try shell("\"$RUNRAMP\" \(command) --db \"$F/log.sqlite\" \(redirection)", in: folder)
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.hasSuffix(message), "\(command): \(result.stderr)")
        }
    }

    @Test func aPipeWhoseReaderHasGoneEndsQuietlyAfterCommittingTheImport() throws {
        let folder = try folderWithOneRun()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The reader is gone before runramp writes anything: every write to the pipe fails.
        let result = try shell(
            "exec 3>&1; (sleep 0.2; \"$RUNRAMP\" import \"$F/run.gpx\" --db \"$F/log.sqlite\" 2>&1; echo $? >&3) | true",
            in: folder)
        #expect(result.stdout == "1\n")
        #expect(result.stderr == "")
        let runs = try runRamp(["runs", "--db", folder.appendingPathComponent("log.sqlite").path, "--json"])
        #expect(runs.stdout.components(separatedBy: "\"distance_meters\"").count == 2, "\(runs.stdout)")
    }

    @Test func planWithAClosedStderrWritesItsFilesAndSucceeds() throws {
        let folder = try folderWithOneRun()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try shell(
            "\"$RUNRAMP\" plan \"$F/run.gpx\" --db \"$F/log.sqlite\" --today 2026-12-01 -o \"$F/plan.md\" --ics \"$F/plan.ics\" 2>&-",
            in: folder)
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.ics").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.svg").path))
    }
}
