import Foundation
import TestSupport
import Testing

/// `runramp inspect --json` against Garmin's official SDK (Scripts/fit_crosscheck.py) on every FIT
/// fixture and corpus file. Runs only when RUNRAMP_PYTHON names a Python with garmin-fit-sdk.
@Suite(
    .enabled(
        if: ProcessInfo.processInfo.environment["RUNRAMP_PYTHON"] != nil,
        "set RUNRAMP_PYTHON to a Python with garmin-fit-sdk"))
struct FITCrossCheckTests {
    @Test func everyFITFileAgreesWithTheOfficialSDK() throws {
        let python = try #require(ProcessInfo.processInfo.environment["RUNRAMP_PYTHON"])
        var paths = [packageRoot.appendingPathComponent("Tests/FITTests/Fixtures").path]
        if let corpus = sharedCorpus() { paths.append(corpus.appendingPathComponent("fit").path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments =
            [packageRoot.appendingPathComponent("Scripts/fit_crosscheck.py").path, runRampBinary().path] + paths
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("FIT files agree with garmin-fit-sdk"))
    }
}
