import Foundation

/// Where an archive's bytes are: a file on disk, or the temporary copy of an archive found inside
/// another (kept on disk as long as a member of it may be read, see SpilledArchive).
enum ZipSource: Sendable, Hashable {
    case file(path: String)
    case spilled(SpilledArchive)

    /// Opens the source for reading at offsets (one descriptor, closed when the reader ends).
    func open() throws(ImportError.Reason) -> ZipSourceReader {
        switch self {
        case .file(let path): ZipSourceReader(try OpenedFile(path: path))
        case .spilled(let archive): ZipSourceReader(try OpenedFile(duplicating: archive.descriptor))
        }
    }
}

/// Reads an opened `ZipSource` at byte offsets.
struct ZipSourceReader: ~Copyable {
    private let file: OpenedFile

    init(_ file: consuming OpenedFile) {
        self.file = file
    }

    var size: Int64 { file.size }

    /// Exactly `count` bytes at `offset`; throws `.zip` when the archive ends before.
    func read(at offset: Int64, count: Int) throws(ImportError.Reason) -> [UInt8] {
        let size = self.size
        guard offset >= 0, count >= 0, offset <= size, Int64(count) <= size - offset else {
            throw .zip(.cutShort(wanted: count, atByte: offset, of: size))
        }
        return try file.read(at: offset, count: count)
    }
}
