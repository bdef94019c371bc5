import Foundation

/// Where an archive's bytes are: a file on disk, or bytes in memory (an archive inside an archive).
enum ZipSource: Sendable, Hashable {
    case file(path: String)
    case memory(Data)

    /// Opens the source for reading at offsets (a file: one descriptor, closed when the reader ends).
    func open() throws(ImportError.Reason) -> ZipSourceReader {
        switch self {
        case .memory(let data): .memory(data)
        case .file(let path): .file(try OpenedFile(path: path))
        }
    }
}

/// Reads an opened `ZipSource` at byte offsets.
enum ZipSourceReader: ~Copyable {
    case file(OpenedFile)
    case memory(Data)

    var size: Int64 {
        switch self {
        case .file(let file): file.size
        case .memory(let data): Int64(data.count)
        }
    }

    /// Exactly `count` bytes at `offset`; throws `.zip` when the archive ends before.
    func read(at offset: Int64, count: Int) throws(ImportError.Reason) -> [UInt8] {
        let size = self.size
        guard offset >= 0, count >= 0, offset <= size, Int64(count) <= size - offset else {
            throw .zip("cut short: \(count) bytes wanted at byte \(offset) of \(size)")
        }
        switch self {
        case .file(let file):
            return try file.read(at: offset, count: count)
        case .memory(let data):
            let start = data.startIndex + Int(offset)
            return [UInt8](data[start..<start + count])
        }
    }
}
