/// Why one file could not be imported, with its path (and where inside it, when the reader says).
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong with the file.
    public enum Reason: Error, Sendable, Hashable {
        case unreadable(String)
        /// A folder that cannot be listed (permissions), with the system's message.
        case unreadableFolder(String)
        /// A link whose target does not exist.
        case brokenLink
        case decompression(String)
        case zipNotSupported
        case zip(String)
        /// The FIT or GPX reader's own message, which already says where (byte offset, line:column).
        case malformed(String)
        case noData(String)
        /// Refused unread because it exceeds one of the `ImportLimits` (the message names it).
        case limit(String)
        /// A FIFO, device, socket or other non-regular file: never opened for reading.
        case notRegularFile(FileKind)
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
        case .unreadableFolder(let message): "cannot read the folder: \(message)"
        case .brokenLink: "a broken link (its target does not exist)"
        case .decompression(let message): "gzip: \(message)"
        case .zipNotSupported: "a .zip archive inside a .zip archive: unzip the outer one and import the folder"
        case .zip(let message): "zip: \(message)"
        case .malformed(let message): message
        case .noData(let message): message
        case .limit(let message): "refused: \(message)"
        case .notRegularFile(let kind): "not a regular file (\(kind.description)): refused"
        }
    }

    public var description: String { "\(path): \(reasonText)" }
}
