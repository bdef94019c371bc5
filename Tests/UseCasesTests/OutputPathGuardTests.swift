import Foundation
import Testing
import UseCases

/// Outputs are refused by what they name: a file found inside an imported folder (whatever path or
/// link leads to it) as well as the log's family and the inputs named on the command line.
@Suite struct OutputPathGuardTests {
    @Test func aFileFoundInsideAnImportedFolderIsRefused() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("runs/2026"), withIntermediateDirectories: true)
        try Data("<gpx/>".utf8).write(to: URL(fileURLWithPath: folder.path("runs/2026/run.gpx")))
        try FileManager.default.createSymbolicLink(
            atPath: folder.path("link.md"), withDestinationPath: folder.path("runs/2026/run.gpx"))
        let guardian = OutputPathGuard(logPath: folder.path("log.sqlite"), inputs: [folder.path("runs")])
        for path in [
            folder.path("runs/2026/run.gpx"), folder.path("runs/2026/../2026/run.gpx"), folder.path("link.md"),
        ] {
            let refusal = guardian.refusal(for: [OutputPathGuard.Output(option: "--output", path: path)])
            #expect(
                refusal
                    == "--output \(path): that file is inside \(folder.path("runs")), which this command imports; choose another file"
            )
        }
    }

    @Test func aNewFileOrAFileOutsideTheImportedFoldersIsAllowed() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("runs"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path("runs-old"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder.path("runs-old/plan.md")))
        let guardian = OutputPathGuard(logPath: folder.path("log.sqlite"), inputs: [folder.path("runs")])
        for path in [folder.path("runs/plan.md"), folder.path("runs-old/plan.md"), folder.path("plan.md")] {
            #expect(guardian.refusal(for: [OutputPathGuard.Output(option: "--output", path: path)]) == nil)
        }
    }
}

/// `OutputFile`: where `-o` goes and how a file or a device is written.
@Suite struct OutputFileTests {
    @Test func aDashIsStdoutAndADeviceIsWrittenInPlace() throws {
        let folder = try TemporaryFolder()
        #expect(OutputFile.destination(for: nil) == .standardOutput)
        #expect(OutputFile.destination(for: "-") == .standardOutput)
        #expect(OutputFile.destination(for: "/dev/null") == .inPlace("/dev/null"))
        #expect(OutputFile.destination(for: folder.path("new.md")) == .file(folder.path("new.md")))
        try OutputFile.write(Data("plan".utf8), to: "/dev/null")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aRegularFileIsReplacedWholeAndAFailureSaysWhyInWords() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("plan.md")
        try Data("an older and longer plan".utf8).write(to: URL(fileURLWithPath: path))
        try OutputFile.write(Data("new".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(throws: OutputFileError(path: "/dev/full", reason: "No space left on device")) {
            try OutputFile.write(Data("plan".utf8), to: "/dev/full")
        }
    }

    @Test func theFolderCheckNamesTheMissingFolderOrSuggestsAFileName() throws {
        let folder = try TemporaryFolder()
        #expect(
            OutputFile.folderProblem(for: folder.path("nowhere/plan.md"), example: "plan.md")
                == "the folder \(folder.path("nowhere")) does not exist")
        #expect(
            OutputFile.folderProblem(for: folder.url.path + "/", example: "plan.ics")
                == "it is a folder; give a file name such as \(folder.url.path)/plan.ics")
        #expect(OutputFile.folderProblem(for: folder.path("plan.md"), example: "plan.md") == nil)
    }
}
