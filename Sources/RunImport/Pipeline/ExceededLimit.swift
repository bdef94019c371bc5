/// A bound of `ImportLimits` that a file, member or archive exceeds, with the figures the refusal
/// names (docs/import-limits.md); `description` is its one wording, after "refused: ".
public enum ExceededLimit: Sendable, Hashable, CustomStringConvertible {
    /// Which bound, as the refusal names it after "limit: ".
    public enum Bound: Sendable, Hashable {
        case fileSize, memberSize, archiveSize, archiveDepth, archiveMembers, appleHealthExport

        /// "file size", "Apple Health export", …
        public var name: String {
            switch self {
            case .fileSize: "file size"
            case .memberSize: "member size"
            case .archiveSize: "archive size"
            case .archiveDepth: "archive depth"
            case .archiveMembers: "archive members"
            case .appleHealthExport: "Apple Health export"
            }
        }
    }

    /// A file on disk of this many bytes, larger than `limit`.
    case fileBytes(Int64, limit: Int64, Bound)
    /// A zip member (named) or a .gz file's content (nil) that inflates to more than `limit` bytes.
    case uncompressed(member: String?, limit: Int64, Bound)
    /// Archives nested more than this many deep.
    case nesting(depth: Int)
    /// More than `limit` bytes uncompressed in one archive, nested ones included.
    case archiveBytes(limit: Int64)
    /// More than this many members in one archive.
    case members(Int)

    public var description: String {
        switch self {
        case .fileBytes(let bytes, let limit, let bound):
            "\(bytes) bytes, larger than \(ImportLimits.describe(bytes: limit)) (limit: \(bound.name))"
        case .uncompressed(let member, let limit, let bound):
            "\(member.map { "\($0): " } ?? "")more than \(ImportLimits.describe(bytes: limit)) uncompressed (limit: \(bound.name))"
        case .nesting(let depth):
            "a .zip archive nested more than \(depth) deep: unzip the outer ones and import the folder (limit: archive depth)"
        case .archiveBytes(let limit):
            "more than \(ImportLimits.describe(bytes: limit)) uncompressed in one archive (limit: archive size)"
        case .members(let count): "more than \(count) members in one archive (limit: archive members)"
        }
    }
}
