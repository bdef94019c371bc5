import Foundation

/// A .zip archive that is itself a member of another (a Garmin export's `UploadedFiles_*.zip`),
/// written out once to a temporary file so that its members are read like those of an archive on
/// disk: memory stays flat whatever its size. The members' sources (`ZipSource.spilled`) hold on to
/// it; the file is deleted when the last of them is gone (at the end of the import).
final class SpilledArchive: Sendable {
    /// The temporary copy (in the system's temporary folder, `TMPDIR`).
    let path: String

    /// Streams `member` (at most `limit` bytes, the limit named `limitName`) into a new temporary file.
    init(_ member: ZipMember, limit: Int, limitName: String) throws(ImportError.Reason) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "runramp-nested-\(UUID().uuidString).zip")
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: url.path)
        else {
            throw .unreadable(
                "cannot write a temporary copy of \(member.name) in \(url.deletingLastPathComponent().path)")
        }
        do {
            try member.stream(limit: limit, limitName: limitName) { chunk in try handle.write(contentsOf: Data(chunk)) }
            try? handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: url)
            throw error
        }
        path = url.path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

extension SpilledArchive: Hashable {
    static func == (lhs: SpilledArchive, rhs: SpilledArchive) -> Bool { lhs === rhs }
    func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
