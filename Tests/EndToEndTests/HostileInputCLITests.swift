import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The built binary against files that used to hang it, fill its memory or vanish from its report.
/// Each run has a generous hang guard (never a speed assertion) and a bound on its peak memory.
@Suite struct HostileInputCLITests {
    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func inspectOfAFIFOIsRefusedInsteadOfHanging() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe.gpx").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let run = try runRampBounded(["inspect", fifo], hangGuardSeconds: 60)
        #expect(!run.timedOut)
        #expect(run.result.status == 1)
        #expect(run.result.stderr == "\(fifo): not a regular file (a FIFO (named pipe)): refused\n")
        let json = try runRampBounded(["inspect", "--json", fifo], hangGuardSeconds: 60)
        #expect(!json.timedOut && json.result.status == 1)
    }

    @Test func importOfDevZeroIsListedAsRefused() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try runRampBounded([
            "import", "/dev/zero", "--db", dir.appendingPathComponent("log.sqlite").path, "--quiet",
        ])
        #expect(!run.timedOut)
        #expect(run.result.status == 1)
        #expect(
            run.result.stdout.split(separator: "\n").map(String.init) == [
                "1 files seen: 0 imported, 0 already known, 0 duplicates, 0 not activities, 1 failed",
                "failed: /dev/zero: not a regular file (a character device): refused",
            ])
    }

    @Test func inspectSaysEmptyAndFITCutInItsHeader() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.gpx").path
        let cut = dir.appendingPathComponent("cut.fit").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(
            FileManager.default.createFile(
                atPath: cut, contents: Data([14, 0x20, 0x5c, 0x08, 0x10, 0, 0, 0, 0x2e, 0x46])))
        let emptyRun = try runRampBounded(["inspect", empty])
        #expect(emptyRun.result.status == 1)
        #expect(emptyRun.result.stderr == "\(empty): empty file (0 bytes)\n")
        let cutRun = try runRampBounded(["inspect", cut])
        #expect(cutRun.result.status == 1)
        #expect(cutRun.result.stderr.hasPrefix("\(cut): byte "), "\(cutRun.result.stderr)")
        #expect(!cutRun.result.stderr.contains("XML"))
    }

    /// A sparse 3 GB file: refused on its size, so it costs neither time nor memory.
    @Test func aHugePlainFileIsRefusedWithoutReadingIt() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let huge = dir.appendingPathComponent("huge.gpx").path
        #expect(FileManager.default.createFile(atPath: huge, contents: Data("<gpx>".utf8)))
        #expect(truncate(huge, 3_000_000_000) == 0)
        let run = try runRampBounded(["import", huge, "--db", dir.appendingPathComponent("log.sqlite").path, "--quiet"])
        #expect(!run.timedOut)
        #expect(
            run.result.stdout.contains(
                "failed: \(huge): refused: 3000000000 bytes, larger than 512 MiB (limit: file size)"))
        #expect(run.peakResidentKiB < 200 << 10, "peak RSS \(run.peakResidentKiB) KiB")
        let inspect = try runRampBounded(["inspect", huge])
        #expect(inspect.result.stderr == "\(huge): refused: 3000000000 bytes, larger than 512 MiB (limit: file size)\n")
        #expect(inspect.peakResidentKiB < 200 << 10, "peak RSS \(inspect.peakResidentKiB) KiB")
    }

    /// A 1 GiB gzip (1,024 members of 1 MiB of zeros, 1 MB on disk) stops at the 512 MiB member
    /// limit, and the decompressed bytes exist once: the peak stays far under the 2 GiB a copy cost.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/gzip"), "needs gzip"))
    func aGzipBombStopsAtTheMemberLimitWithOneCopy() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let megabyte = dir.appendingPathComponent("zeros")
        try Data(count: 1 << 20).write(to: megabyte)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-n", "-k", megabyte.path]
        try process.run()
        process.waitUntilExit()
        let member = try Data(contentsOf: URL(fileURLWithPath: megabyte.path + ".gz"))
        // Its first member is "<gpx>" (gzip -c of it, made the same way): content that may be a
        // workout is inflated up to the member limit; zeros alone are refused after one chunk.
        let start = dir.appendingPathComponent("start")
        try Data("<gpx>".utf8).write(to: start)
        let first = Process()
        first.executableURL = URL(fileURLWithPath: "/bin/gzip")
        first.arguments = ["-n", "-k", start.path]
        try first.run()
        first.waitUntilExit()
        var bomb = try Data(contentsOf: URL(fileURLWithPath: start.path + ".gz"))
        for _ in 0..<1_024 { bomb.append(member) }
        let path = dir.appendingPathComponent("bomb.gpx.gz").path
        try bomb.write(to: URL(fileURLWithPath: path))
        let run = try runRampBounded(["import", path, "--db", dir.appendingPathComponent("log.sqlite").path, "--quiet"])
        #expect(!run.timedOut)
        #expect(
            run.result.stdout.contains("failed: \(path): refused: more than 512 MiB uncompressed (limit: member size)"),
            "\(run.result.stdout)")
        #expect(run.peakResidentKiB < 800 << 10, "peak RSS \(run.peakResidentKiB) KiB")
    }

    /// A folder the user may not list and a file they may not read are named with their reason;
    /// the rest imports. Root lists every
    /// folder, so as root the import runs as user "nobody" (setpriv).
    @Test(
        .enabled(
            if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
            "needs a non-root user"))
    func anUnreadableFolderIsListedWithItsReason() throws {
        let dir = try scratch()
        defer {
            chmod(dir.path + "/runs/locked", 0o755)
            try? FileManager.default.removeItem(at: dir)
        }
        let gpx = packageRoot.appendingPathComponent("SampleTracks/2026-10-08-run.gpx")
        for folder in ["runs/locked", "runs/open"] {
            try FileManager.default.createDirectory(
                at: dir.appendingPathComponent(folder), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: gpx, to: dir.appendingPathComponent(folder + "/run.gpx"))
        }
        for folder in ["", "/runs", "/runs/open"] { chmod(dir.path + folder, 0o777) }
        chmod(dir.path + "/runs/open/run.gpx", 0o644)
        try FileManager.default.copyItem(at: gpx, to: dir.appendingPathComponent("runs/open/secret.gpx"))
        chmod(dir.path + "/runs/open/secret.gpx", 0)
        #expect(chmod(dir.path + "/runs/locked", 0) == 0)
        let arguments = ["import", dir.path + "/runs", "--db", dir.path + "/log.sqlite", "--quiet"]
        let process = Process()
        if getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", runRampBinary().path] + arguments
        } else {
            process.executableURL = runRampBinary()
            process.arguments = arguments
        }
        process.environment = ["HOME": dir.path, "PATH": "/usr/bin:/bin"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(
            output.split(separator: "\n").map(String.init) == [
                "3 files seen: 1 imported, 0 already known, 0 duplicates, 0 not activities, 2 failed",
                "failed: \(dir.path)/runs/locked: cannot read the folder: Permission denied",
                "failed: \(dir.path)/runs/open/secret.gpx: cannot read the file: Permission denied",
            ])
    }
}
