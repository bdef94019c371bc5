public import FIT
public import FilePaths
public import GPX
public import RunModel

/// Why one file could not be imported, with its path (and where inside it, when the reader says).
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong with the file.
    public indirect enum Reason: Error, Sendable, Hashable {
        /// Named on the command line, but neither a file nor a folder is there.
        case missing
        /// The file's bytes could not be read.
        case unreadable(ReadProblem)
        /// A folder that cannot be listed (permissions), with the system's message.
        case unreadableFolder(String)
        /// A link whose target does not exist.
        case brokenLink
        /// gzip data that could not be inflated.
        case decompression(GzipProblem)
        case zipNotSupported
        /// A zip archive, or a member of one, that could not be read.
        case zip(ZipProblem)
        /// The FIT reader's error, with its byte offset.
        case fit(FITError)
        /// The GPX/TCX reader's error, with its line and column.
        case gpx(GPXError)
        /// A field of a CSV log row or of Strava's activities.csv that is not a value the log can use
        /// (its row is the path's ":line").
        case malformed(MalformedField)
        /// Refused unread because it exceeds one of the `ImportLimits`.
        case limit(ExceededLimit)
        /// A FIFO, device, socket or other non-regular file: never opened for reading.
        case notRegularFile(FileKind)
        /// Values no body or watch produces (PlausibleValues' reason); the log refuses the run.
        case implausible(ImplausibleValue)
        /// An Apple Health export that stops being readable after this many workouts (imported).
        case afterWorkouts(Int, Reason)
    }

    /// Where in a file a reader stopped: a byte offset (FIT) or a line and column (XML).
    public enum Location: Sendable, Hashable {
        case byte(Int)
        case lineColumn(line: Int, column: Int)
    }

    public var reason: Reason
    public var path: String

    public init(_ reason: Reason, path: String) {
        self.reason = reason
        self.path = path
    }

    /// Where inside the file the reader stopped, when it says.
    public var location: Location? { Self.location(of: reason) }

    /// The reason without its location.
    public var message: String { Self.message(of: reason) }

    /// The reason alone, as the import report lists it after the path ("byte 12: …", "12:7: …").
    public var reasonText: String { Self.reasonText(of: reason) }

    /// A reason as the import report lists it after a path.
    public static func reasonText(of reason: Reason) -> String {
        let message = message(of: reason)
        return switch location(of: reason) {
        case .byte(let offset): "byte \(offset): \(message)"
        case .lineColumn(let line, let column): "\(line):\(column): \(message)"
        case nil: message
        }
    }

    /// "a.gpx:12:7: …", "a.fit: byte 1204: …" or "a.zip: …": how `import` and `inspect` print a failure.
    public var description: String { Self.diagnostic(path: path, location: location, message: message) }

    /// The one formatter of a located failure, as compilers write it: a line and column joined to the
    /// path with a bare colon, a byte offset after it.
    public static func diagnostic(path: String, location: Location?, message: String) -> String {
        switch location {
        case .byte(let offset): "\(path): byte \(offset): \(message)"
        case .lineColumn(let line, let column): "\(path):\(line):\(column): \(message)"
        case nil: "\(path): \(message)"
        }
    }

    private static func location(of reason: Reason) -> Location? {
        switch reason {
        case .fit(let error): .byte(error.offset)
        case .gpx(let error): .lineColumn(line: error.line, column: error.column)
        case .afterWorkouts(_, let inner): location(of: inner)
        default: nil
        }
    }

    private static func message(of reason: Reason) -> String {
        switch reason {
        case .missing: "no such file or folder"
        case .unreadable(let problem): "cannot read the file: \(problem)"
        case .unreadableFolder(let message): "cannot read the folder: \(message)"
        case .brokenLink: "a broken link (its target does not exist)"
        case .decompression(let problem): "gzip: \(problem)"
        case .zipNotSupported: "a .zip archive inside a .zip archive: unzip the outer one and import the folder"
        case .zip(let problem): "zip: \(problem)"
        case .fit(let error): error.explanation
        case .gpx(let error): error.explanation
        case .malformed(let field): field.description
        case .limit(let limit): "refused: \(limit)"
        case .notRegularFile(let kind): "not a regular file (\(kind.description)): refused"
        case .implausible(let problem): problem.description
        case .afterWorkouts(let count, let inner):
            "\(message(of: inner)) (the \(count) workouts before it are imported)"
        }
    }
}
