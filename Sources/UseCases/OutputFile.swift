import FilePaths
public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How every output file (a plan, its chart, a calendar, a workout) is checked and written.
///
/// A regular file, or one yet to be made, is written beside itself and renamed over the old one,
/// so a reader never sees half a file. Anything else that exists (a device such as /dev/null or
/// /dev/stdout, a FIFO) is written in place: renaming over it would replace the device with a
/// plain file. `-` names stdout.
public enum OutputFile {
    /// Where `-o PATH` sends the output.
    public enum Destination: Sendable, Equatable {
        /// No `-o`, or `-o -`.
        case standardOutput
        /// A regular file, existing or not: replaced atomically.
        case file(String)
        /// An existing device or FIFO: written in place, and no file is ever created beside it.
        case inPlace(String)

        /// The path written, nil for stdout.
        public var path: String? {
            switch self {
            case .standardOutput: nil
            case .file(let path), .inPlace(let path): path
            }
        }
    }

    /// The destination of an `-o` value (nil: none given).
    public static func destination(for output: String?) -> Destination {
        guard let output, output != "-" else { return .standardOutput }
        var status = stat()
        guard stat(output, &status) == 0 else { return .file(output) }
        let kind = status.st_mode & S_IFMT
        return kind == S_IFREG || kind == S_IFDIR ? .file(output) : .inPlace(output)
    }

    /// Why `path` cannot be written as a file, in one phrase ("the folder /x does not exist",
    /// "it is a folder; give a file name such as out/plan.md"), or nil. The one check of an output's
    /// folder: `example` is the file name suggested when `path` is a folder.
    public static func folderProblem(for path: String, example: String) -> String? {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        if !isFolder(folder.path) { return "the folder \(folder.path) does not exist" }
        if isFolder(path) { return "it is a folder; give a file name such as \(FilePath.join(path, example))" }
        return nil
    }

    /// True when `path` is an existing folder (links followed).
    public static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// Writes `data` to `path`: atomically for a regular file, in place for a device or FIFO.
    /// The error says why in words ("No space left on device").
    public static func write(_ data: Data, to path: String) throws(OutputFileError) {
        switch destination(for: path) {
        case .standardOutput, .file:
            do {
                try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw OutputFileError(path: path, reason: reason(for: error))
            }
        case .inPlace:
            try writeInPlace(data, to: path)
        }
    }

    /// Writes `data` for `path` without putting it there yet: beside it under a hidden temporary
    /// name for a regular file (`commit` renames it over `path`), in place for a device or FIFO
    /// (`commit` has nothing left to do). Used where something must be recorded between the
    /// writing and the file's appearance (the calendar's memory).
    public static func stage(_ data: Data, for path: String) throws(OutputFileError) -> StagedFile {
        guard case .file = destination(for: path) else {
            try writeInPlace(data, to: path)
            return StagedFile(temporary: nil, path: path)
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(
                ".\(url.lastPathComponent).runramp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try data.write(to: temporary, options: .withoutOverwriting)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputFileError(path: path, reason: reason(for: error))
        }
        return StagedFile(temporary: temporary.path, path: path)
    }

    /// Writes every byte to `descriptor`, retrying partial writes and interruptions: nil when all were
    /// written, else the `errno` of the failure. Every output RunRamp writes byte by byte goes through it.
    public static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard let base = buffer.baseAddress else { return nil }
        var offset = 0
        while offset < buffer.count {
            let written = systemWrite(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    private static func writeInPlace(_ data: Data, to path: String) throws(OutputFileError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputFileError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let failure = data.withUnsafeBytes { writeAll($0, to: descriptor) }
        if let failure { throw OutputFileError(path: path, reason: String(cString: strerror(failure))) }
    }

    /// Why a write failed, in words: the POSIX reason under Foundation's wrapper ("Permission denied",
    /// "No space left on device") rather than "NSCocoaErrorDomain error 512".
    public static func reason(for error: any Error) -> String {
        let wrapped = error as NSError
        if let underlying = wrapped.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if wrapped.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(wrapped.code))) }
        return wrapped.localizedDescription
    }
}

/// An output written beside its place by `OutputFile.stage`, put in place by `commit`.
public struct StagedFile: Sendable {
    /// The hidden file beside `path`; nil when the output was written in place (a device, a FIFO).
    let temporary: String?
    public let path: String

    /// Renames the staged file over `path` (one atomic step).
    public func commit() throws(OutputFileError) {
        guard let temporary else { return }
        guard rename(temporary, path) == 0 else {
            let why = String(cString: strerror(errno))
            discard()
            throw OutputFileError(path: path, reason: why)
        }
    }

    /// Removes the staged file (the export failed after it was written).
    public func discard() {
        if let temporary { unlink(temporary) }
    }
}

/// An output file that could not be written, and why in words.
public struct OutputFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot write \(path): \(reason)" }
}

/// `write(2)`, out of reach of `OutputFile.write`'s name.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
