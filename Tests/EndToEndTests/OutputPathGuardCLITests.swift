import Foundation
import Testing

/// `plan --output/--ics` never writes over the training log, its -wal/-shm/-journal, an input of
/// the same command or its own other output: one line, exit status 1, nothing written.
@Suite struct OutputPathGuardCLITests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        /// Arguments after `plan`; LOG, DIR stand for the log's path and the scratch folder.
        var arguments: [String]
        var message: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "--output LOG", arguments: ["--output", "LOG"],
            message: "--output LOG: that is the training log; choose another file"),
        Case(
            name: "--ics LOG", arguments: ["--ics", "LOG"],
            message: "--ics LOG: that is the training log; choose another file"),
        Case(
            name: "--output LOG-wal", arguments: ["--output", "LOG-wal"],
            message: "--output LOG-wal: that is a file of the training log (LOG-wal); choose another file"),
        Case(
            name: "--ics LOG-journal", arguments: ["--ics", "LOG-journal"],
            message: "--ics LOG-journal: that is a file of the training log (LOG-journal); choose another file"),
        Case(
            name: "a link to the log", arguments: ["--output", "DIR/link.md"],
            message: "--output DIR/link.md: that is the training log; choose another file"),
        Case(
            name: "the log through a dotted path", arguments: ["--ics", "DIR/sub/../log.sqlite"],
            message: "--ics DIR/sub/../log.sqlite: that is the training log; choose another file"),
        Case(
            name: "an SVG plan", arguments: ["--output", "DIR/plan.svg"],
            message:
                "--output DIR/plan.svg: the chart would be written over the plan; give the plan a name ending in .md"),
        Case(
            name: "ics over the plan", arguments: ["--output", "DIR/plan.md", "--ics", "DIR/plan.md"],
            message: "--ics DIR/plan.md: --output writes that file already; choose another file"),
        Case(
            name: "ics over the chart", arguments: ["--output", "DIR/plan.md", "--ics", "DIR/plan.svg"],
            message: "--ics DIR/plan.svg: the chart of --output writes that file already; choose another file"),
        Case(
            name: "output over an input", arguments: ["DIR/in.gpx", "--output", "DIR/in.gpx"],
            message: "--output DIR/in.gpx: that is the input DIR/in.gpx; choose another file"),
    ]

    @Test(arguments: cases)
    func anOutputThatWouldDestroySomethingIsRefusedBeforeAnyWrite(_ testCase: Case) throws {
        let folder = try ReaderProbe.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("log.sqlite").path
        let added = try runRamp(["add", "--db", db, "--date", "2026-11-20", "--distance", "5km", "--duration", "30:00"])
        #expect(added.status == 0, "\(added.stderr)")
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("link.md").path, withDestinationPath: db)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let input = ReaderProbe.gpx(start: Date(timeIntervalSince1970: 1_795_000_000), meters: 5_000, heartRate: false)
        try Data(input.utf8).write(to: folder.appendingPathComponent("in.gpx"))
        let before = try Self.files(in: folder)

        func expand(_ text: String) -> String {
            text.replacingOccurrences(of: "LOG", with: db).replacingOccurrences(of: "DIR", with: folder.path)
        }
        let result = try runRamp(
            ["plan", "--db", db, "--today", "2026-11-26", "--quiet"] + testCase.arguments.map(expand))
        #expect(result.status == 1)
        #expect(result.stderr == "runramp: \(expand(testCase.message))\n")
        #expect(result.stdout.isEmpty)
        #expect(try Self.files(in: folder) == before, "a file was written or changed")
    }

    @Test func aSafeOutputNextToTheLogIsWritten() throws {
        let folder = try ReaderProbe.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("log.sqlite").path
        let plan = folder.appendingPathComponent("log.sqlite.md").path
        let result = try runRamp([
            "plan", "--db", db, "--today", "2026-11-26", "--output", plan, "--ics",
            folder.appendingPathComponent("plan.ics").path, "--quiet",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: plan))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("log.sqlite.svg").path))
    }

    /// A hard link to the log inside an imported folder is the log under another name: it is never
    /// opened by the import (closing that descriptor would drop the import's own SQLite locks).
    @Test func theLogUnderAnotherNameInAnImportedFolderIsNotRead() throws {
        let folder = try ReaderProbe.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("log.sqlite").path
        let added = try runRamp(["add", "--db", db, "--date", "2026-11-20", "--distance", "5km", "--duration", "30:00"])
        #expect(added.status == 0, "\(added.stderr)")
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.linkItem(atPath: db, toPath: inputs.appendingPathComponent("copy.sqlite").path)
        let input = ReaderProbe.gpx(start: Date(timeIntervalSince1970: 1_795_000_000), meters: 5_000, heartRate: false)
        try Data(input.utf8).write(to: inputs.appendingPathComponent("run.gpx"))
        let result = try runRamp(["import", inputs.path, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == "1 files seen: 1 imported, 0 already known, 0 duplicates, 0 not activities, 0 failed\n")
    }

    /// Every regular file below `folder` with its bytes (links by their target's name).
    static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let name = walker?.nextObject() as? String {
            let path = folder.appendingPathComponent(name).path
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                files[name] = Data(target.utf8)
            } else if !PlanCommandSupport.isFolder(path) {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }
}

enum PlanCommandSupport {
    static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
