import Foundation
import TestSupport

/// What one invocation of the `runramp` binary printed and returned.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// The built `runramp` executable, next to the test bundle in the build products folder.
func runRampBinary() -> URL {
    var dir = Bundle.main.bundleURL
    for _ in 0..<4 {
        let candidate = dir.appendingPathComponent("runramp")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        dir = dir.deletingLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug/runramp")
}

/// Runs `runramp` with the arguments and environment, waiting for it to finish.
func runRamp(_ arguments: [String], environment: [String: String] = [:], currentDirectory: URL? = nil) throws
    -> CLIResult
{
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { _, new in new }
    return try runProgram(runRampBinary(), arguments, environment: env, currentDirectory: currentDirectory)
}

/// Runs `executable` with exactly `environment` (nothing inherited), waiting for it to finish.
func runProgram(_ executable: URL, _ arguments: [String], environment: [String: String], currentDirectory: URL? = nil)
    throws -> CLIResult
{
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = environment
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLIResult(
        status: process.terminationStatus,
        stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self)
    )
}

/// A decoder for runramp's JSON documents: snake_case keys (docs/json-output.md).
func runRampJSONDecoder() -> JSONDecoder {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    decoder.dateDecodingStrategy = .iso8601
    return decoder
}

/// The runs of a `runramp runs --json` document (`{"schema": "runramp.runs/1", "runs": [...]}`).
func decodeRunsDocument<Run: Decodable>(_ type: Run.Type, from text: String) throws -> [Run] {
    let document = try runRampJSONDecoder().decode(RunsDocument<Run>.self, from: Data(text.utf8))
    guard document.schema == "runramp.runs/1" else { throw CocoaError(.coderReadCorrupt) }
    return document.runs
}

/// `{"schema": …, "runs": [...]}`.
struct RunsDocument<Run: Decodable>: Decodable {
    var schema: String
    var runs: [Run]
}
