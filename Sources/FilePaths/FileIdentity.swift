import Foundation

/// What a path names: the file's device and inode when it exists (links followed), else its
/// location with the folder's links resolved. Found with `stat` alone: nothing is opened, which
/// matters for the training log (closing any descriptor of it would drop SQLite's locks).
public enum FileIdentity: Sendable, Hashable {
    case file(device: UInt64, inode: UInt64)
    case location(String)

    public init(path: String) {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let resolved = url.resolvingSymlinksInPath()
        if let attributes = try? FileManager.default.attributesOfItem(atPath: resolved.path),
            let device = (attributes[.systemNumber] as? NSNumber)?.uint64Value,
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
        {
            self = .file(device: device, inode: inode)
            return
        }
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath().path
        self = .location(FilePath.join(folder, url.lastPathComponent))
    }
}
