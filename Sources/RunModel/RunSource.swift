/// Where a run came from: the file, its format, its content fingerprint and the recording device.
public struct RunSource: Sendable, Hashable, Codable {
    /// The file format a run was read from.
    public enum Format: String, Sendable, Hashable, Codable, CaseIterable {
        case fit, gpx, tcx, csv, manual
        /// A `<Workout>` of an Apple Health export (export.xml), with its route's track when it has one.
        case appleHealth
    }

    public var path: String
    public var format: Format
    /// Hex SHA-256 (or other stable digest) of the file's decompressed bytes; identifies re-imports.
    public var contentHash: String
    public var device: String?

    public init(path: String, format: Format, contentHash: String, device: String? = nil) {
        self.path = path
        self.format = format
        self.contentHash = contentHash
        self.device = device
    }
}
