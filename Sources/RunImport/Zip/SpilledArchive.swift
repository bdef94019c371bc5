import FilePaths
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A .zip archive that is itself a member of another (a Garmin export's `UploadedFiles_*.zip`),
/// written out once to a temporary file so that its members are read like those of an archive on
/// disk: memory stays flat whatever its size.
///
/// The copy is private and leaves nothing behind: it is created with mode 0600 (O_EXCL, in
/// `TMPDIR`) and its name is removed at once, so only this process's open descriptor reaches it;
/// the system frees it when the last descriptor closes, on every exit path, SIGKILL included.
/// Its bytes count against the outer archive's budget (`ArchiveBudget`).
final class SpilledArchive: Sendable {
    /// The descriptor of the nameless copy; readers take a duplicate of it.
    let descriptor: Int32

    /// Streams `member` (at most `limit` bytes, the bound named `bound`) into a new private file.
    init(_ member: ZipMember, limit: Int, bound: ExceededLimit.Bound) throws(ImportError.Reason) {
        let folder = FileManager.default.temporaryDirectory.path
        let path = FilePath.join(folder, "runramp-nested-\(UUID().uuidString).zip")
        let opened = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard opened >= 0 else {
            throw .unreadable(
                .temporaryCopyNotMade(member: member.name, folder: folder, system: String(cString: strerror(errno))))
        }
        unlink(path)
        do {
            try member.stream(limit: limit, bound: bound) { chunk in try Self.write(chunk, to: opened) }
        } catch {
            close(opened)
            throw error
        }
        descriptor = opened
    }

    deinit {
        close(descriptor)
    }

    private static func write(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) throws(ImportError.Reason) {
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        var failure: Int32 = 0
        while offset < buffer.count {
            let written = systemWrite(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            offset += written
        }
        if failure != 0 {
            throw .unreadable(.temporaryCopyNotWritten(system: String(cString: strerror(failure))))
        }
    }
}

extension SpilledArchive: Hashable {
    static func == (lhs: SpilledArchive, rhs: SpilledArchive) -> Bool { lhs === rhs }
    func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// `write(2)`, out of reach of `SpilledArchive.write`'s name.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
