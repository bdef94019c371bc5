/// Why one file could not be imported, with its path (and where inside it, when the reader says).
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong with the file.
    public enum Reason: Error, Sendable, Hashable {
        case unreadable(String)
        case decompression(String)
        case zipNotSupported
        case zip(String)
        /// The FIT or GPX reader's own message, which already says where (byte offset, line:column).
        case malformed(String)
        case noData(String)
    }

    public var reason: Reason
    public var path: String

    public init(_ reason: Reason, path: String) {
        self.reason = reason
        self.path = path
    }

    /// The reason alone, as the import report lists it after the path.
    public var reasonText: String {
        switch reason {
        case .unreadable(let message): "cannot read the file: \(message)"
        case .decompression(let message): "gzip: \(message)"
        case .zipNotSupported: "a .zip archive inside a .zip archive: unzip the outer one and import the folder"
        case .zip(let message): "zip: \(message)"
        case .malformed(let message): message
        case .noData(let message): message
        }
    }

    public var description: String { "\(path): \(reasonText)" }
}
