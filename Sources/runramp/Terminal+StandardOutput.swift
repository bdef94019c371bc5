import Foundation

// @preconcurrency: the C library's `stdout` is a global variable; only this file flushes and
// checks it, at the end of the command, when nothing else prints.
#if canImport(SwiftGlibc)
    @preconcurrency import SwiftGlibc
#elseif canImport(Darwin)
    @preconcurrency import Darwin
#endif

/// How a command's stdout ends: flushed at the end, a failed write turned into status 1 with its
/// reason, a reader that went away (`runramp runs | head -1`) ended quietly.
extension Terminal {
    /// How the command's output on stdout ended.
    enum OutputEnd: Equatable {
        /// Everything printed reached stdout.
        case written
        /// stdout is a pipe whose reader has gone (`runramp runs | head -1`): ended quietly.
        case readerGone
        /// stdout failed (full, closed, an I/O error): the one line that says so.
        case failed(String)
    }

    /// Writes `text` to stdout as `print` does, and throws `StandardOutputFailed` once stdout has failed (full,
    /// closed, a reader gone), so a listing streamed from the log stops there; the command then ends as
    /// `exitIfStandardOutputFailed` says.
    static func writeOutput(_ text: String) throws {
        print(text, terminator: "")
        if ferror(stdout) != 0 { throw StandardOutputFailed() }
    }

    /// stdout failed while a command was still writing (`writeOutput`).
    struct StandardOutputFailed: Error {}

    /// Flushes stdout and tells whether everything printed reached it.
    static func finishStandardOutput() -> OutputEnd {
        let flushFailed = fflush(stdout) != 0
        let reason = errno
        guard flushFailed || ferror(stdout) != 0 else { return .written }
        if (flushFailed && reason == EPIPE) || readerIsGone(STDOUT_FILENO) { return .readerGone }
        let why = flushFailed ? String(cString: strerror(reason)) : "part of the output was not written"
        return .failed("runramp: cannot write to stdout: \(why)")
    }

    /// Ends the process when stdout failed: status 1, the reason on stderr unless the reader of
    /// a pipe has simply gone away. Returns when everything printed was written.
    static func exitIfStandardOutputFailed() {
        switch finishStandardOutput() {
        case .written: return
        case .readerGone: exit(1)
        case .failed(let line):
            printError(line)
            exit(1)
        }
    }

    /// True when `descriptor` is a pipe or socket with no reader left (poll reports an error on it).
    fileprivate static func readerIsGone(_ descriptor: Int32) -> Bool {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        guard kind == S_IFIFO || kind == S_IFSOCK else { return false }
        var request = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        guard poll(&request, 1, 0) == 1 else { return false }
        return request.revents & Int16(POLLERR | POLLHUP) != 0
    }
}
