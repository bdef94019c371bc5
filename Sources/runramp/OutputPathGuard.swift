import FilePaths
import Foundation
import RunModel
import TrainingLog

/// Refuses, before anything is written, an output file that is the training log (or its -wal,
/// -shm or -journal file), an input of the same command, or another output of it.
///
/// Paths are compared by what they name, not by spelling: an existing file by its device and inode
/// (so a symbolic link or a hard link to the log is caught), a file yet to be created by its folder
/// with symbolic links resolved plus its name. Nothing is opened: opening and closing the log
/// would drop this process's SQLite locks on it (docs/log.md, "Concurrent use").
struct OutputPathGuard {
    /// A file a command will write, named by the option that asks for it ("--ics", "the chart of --output").
    struct Output {
        var option: String
        var path: String
    }

    /// The training log's path (its -wal, -shm and -journal files are protected too).
    var logPath: String
    /// Files or folders the command reads.
    var inputs: [String]

    /// One line saying what is wrong with the first output that must not be written, or nil.
    func refusal(for outputs: [Output]) -> String? {
        // SQLite names its files after the log's real path when `logPath` is a symbolic link.
        let real = URL(fileURLWithPath: logPath).resolvingSymlinksInPath().path
        let logFamily = zip(LogLocation.files(ofLog: logPath), LogLocation.files(ofLog: real)).flatMap { [$0, $1] }
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
            if let earlier = outputs[..<index].first(where: { FileIdentity(path: $0.path) == target }) {
                return
                    "\(output.option) \(output.path): \(earlier.option) writes that file already; choose another file"
            }
        }
        return nil
    }
}
