import Foundation

/// Helpers the import tests share: running a tool, making temporary folders, gzip.
enum TestTools {
    /// Runs an executable and returns its stdout; throws if it fails.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in folder: URL? = nil, input: Data? = nil) throws
        -> String
    {
        String(decoding: try runData(executable, arguments, in: folder, input: input), as: UTF8.self)
    }

    static func runData(_ executable: String, _ arguments: [String], in folder: URL? = nil, input: Data? = nil) throws
        -> Data
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe()
        process.standardOutput = out
        let inPipe = Pipe()
        if input != nil { process.standardInput = inPipe }
        try process.run()
        if let input {
            // Write from another thread so a full stdout pipe cannot deadlock us.
            let handle = inPipe.fileHandleForWriting
            Thread.detachNewThread {
                handle.write(input)
                try? handle.close()
            }
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(
                domain: "TestTools", code: Int(process.terminationStatus),
                userInfo: [NSLocalizedDescriptionKey: "\(executable) failed"])
        }
        return data
    }

    static var hasPython: Bool {
        (try? run("/usr/bin/env", ["python3", "-c", "import zipfile"])) != nil
    }

    static var hasGzip: Bool { FileManager.default.isExecutableFile(atPath: "/bin/gzip") }

    /// The gzip of `data`, made by the system's gzip.
    static func gzip(_ data: Data) throws -> Data {
        try runData("/bin/gzip", ["-c", "-n"], input: data)
    }

    /// A new empty temporary folder.
    static func temporaryFolder(_ name: String = "import") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
