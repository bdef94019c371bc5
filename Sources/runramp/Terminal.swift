import Foundation
import UseCases

// @preconcurrency: the C library's `stdout` is a global variable; only `Terminal+StandardOutput.swift`
// flushes and checks it, at the end of the command, when nothing else prints.
#if canImport(SwiftGlibc)
    @preconcurrency import SwiftGlibc
#elseif canImport(Darwin)
    @preconcurrency import Darwin
#endif

/// The one way RunRamp writes to its standard streams.
///
/// Diagnostics cannot kill: stderr is written with `write(2)`, and a closed, full or broken stderr
/// is ignored (Foundation's `FileHandle.write` traps on such a failure). stdout is written with
/// `print`; `finishStandardOutput` turns a failed stdout write into a failure of the command
/// instead of a lost output and exit status 0 (docs/log.md, "Output streams";
/// `Terminal+StandardOutput.swift`).
enum Terminal {
    /// Writes one line to stderr; a failure to write it is ignored.
    static func printError(_ line: String) {
        writeError(line + "\n")
    }

    /// Writes `text` to stderr as it is (a progress bar's redraw); a failure to write it is ignored.
    static func writeError(_ text: String) {
        _ = writeAll(Array(text.utf8), to: STDERR_FILENO)
    }

    /// True when stderr is a terminal (progress bars only make sense there).
    static var standardErrorIsTTY: Bool { isatty(STDERR_FILENO) == 1 }

    /// True when colour may be used on stdout: a terminal and no NO_COLOR.
    static var colorAllowed: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// Run first: a write to a pipe nobody reads fails with EPIPE instead of killing the process
    /// (so an import commits what it read), and a closed stdin, stdout or stderr is opened on
    /// /dev/null so that no file the command opens later takes its number. stdout is opened
    /// read-only there, so writing the output still fails and is reported. Output that is not for a
    /// terminal is buffered up to 1 MiB, so a failure is usually met by the last flush, with its reason.
    static func prepareStandardStreams() {
        signal(SIGPIPE, SIG_IGN)
        if isatty(STDOUT_FILENO) != 1 {
            // The C library ignores the size without a buffer; this one lives as long as the process.
            let size = 1 << 20
            setvbuf(stdout, UnsafeMutablePointer<CChar>.allocate(capacity: size), _IOFBF, size)
        }
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            let null = open("/dev/null", descriptor == STDERR_FILENO ? O_WRONLY : O_RDONLY)
            if null >= 0, null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
        }
    }

    /// Writes every byte (retrying partial writes and interruptions); false when the stream failed.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { OutputFile.writeAll($0, to: descriptor) } == nil
    }
}
