/// Why gzip data could not be inflated; `description` is its one wording, after "gzip: ".
public enum GzipProblem: Sendable, Hashable, CustomStringConvertible {
    /// No memory for the output.
    case outOfMemory
    /// zlib refused the data near this byte of the input (with zlib's own message, from C).
    case badData(nearByte: Int, zlib: String?)
    /// The input ends inside a gzip stream, at this byte.
    case truncated(atByte: Int)
    /// zlib could not start an inflation.
    case zlibCouldNotStart
    /// zlib could not start over for the next member of a concatenated .gz.
    case zlibCouldNotContinue

    public var description: String {
        switch self {
        case .outOfMemory: "out of memory"
        case .badData(let offset, let message?): "bad gzip data near byte \(offset): \(message)"
        case .badData(let offset, nil): "bad gzip data near byte \(offset)"
        case .truncated(let offset): "truncated gzip data at byte \(offset)"
        case .zlibCouldNotStart: "zlib could not start"
        case .zlibCouldNotContinue: "zlib could not continue"
        }
    }
}
