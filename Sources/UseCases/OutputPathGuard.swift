import FilePaths
import Foundation
import RunModel
import TrainingLog

/// Refuses, before anything is written, an output file that is the training log (or its -wal,
/// -shm or -journal file), a file the same command reads (an input named on the command line or
/// a file found inside an input folder), or another output of it.
///
/// Paths are compared by what they name, not by spelling: an existing file by its device and inode
/// (so a symbolic link or a hard link to the log is caught), a file yet to be created by its folder
/// with symbolic links resolved plus its name; a file inside an input folder by the identity of
/// that folder among the output's real ancestors. Nothing is opened: opening and closing the log
/// would drop this process's SQLite locks on it (docs/log.md, "Concurrent use").
public struct OutputPathGuard: Sendable {
    /// A file a command will write, named by the option that asks for it ("--ics", "the chart of --output").
    public struct Output: Sendable, Equatable {
        public var option: String
        public var path: String

        public init(option: String, path: String) {
            self.option = option
            self.path = path
        }
    }

    /// The training log's path (its -wal, -shm and -journal files are protected too).
    public var logPath: String
    /// Files or folders the command reads.
    public var inputs: [String]

    public init(logPath: String, inputs: [String]) {
        self.logPath = logPath
        self.inputs = inputs
    }

    /// One line saying what is wrong with the first output that must not be written, or nil.
    public func refusal(for outputs: [Output]) -> String? {
        // SQLite names its files after the log's real path when `logPath` is a symbolic link.
        let real = URL(fileURLWithPath: logPath).resolvingSymlinksInPath().path
        let logFamily = zip(LogLocation.files(ofLog: logPath), LogLocation.files(ofLog: real)).flatMap { [$0, $1] }
        let inputFolders = inputs.filter(OutputFile.isFolder).map { (path: $0, identity: FileIdentity(path: $0)) }
        for (index, output) in outputs.enumerated() {
            let target = FileIdentity(path: output.path)
            if let match = logFamily.first(where: { FileIdentity(path: $0) == target }) {
                let what =
                    match == logPath || match == real ? "the training log" : "a file of the training log (\(match))"
                return "\(output.option) \(output.path): that is \(what); choose another file"
            }
            if let input = inputs.first(where: { FileIdentity(path: $0) == target }) {
                return "\(output.option) \(output.path): that is the input \(input); choose another file"
            }
            if case .file = target, let folder = Self.enclosingFolder(of: output.path, among: inputFolders) {
                return
                    "\(output.option) \(output.path): that file is inside \(folder), which this command imports; choose another file"
            }
            if let earlier = outputs[..<index].first(where: { FileIdentity(path: $0.path) == target }) {
                return
                    "\(output.option) \(output.path): \(earlier.option) writes that file already; choose another file"
            }
        }
        return nil
    }

    /// The input folder (as given) that holds the existing file at `path`, whatever links lead to
    /// it: the file's real ancestors are compared with the folders by identity.
    private static func enclosingFolder(
        of path: String, among folders: [(path: String, identity: FileIdentity)]
    ) -> String? {
        guard !folders.isEmpty else { return nil }
        var ancestor = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        while ancestor.path != "/" && !ancestor.path.isEmpty {
            ancestor = ancestor.deletingLastPathComponent()
            let identity = FileIdentity(path: ancestor.path)
            if let folder = folders.first(where: { $0.identity == identity }) { return folder.path }
        }
        return nil
    }
}
