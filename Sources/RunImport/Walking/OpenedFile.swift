import FilePaths
public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A regular file opened for reading, checked on the descriptor itself: opened non-blocking (a FIFO
/// would block `open` forever), then `fstat` must say regular file, or it is refused unread.
public struct OpenedFile: ~Copyable {
    public let descriptor: Int32
    public let size: Int64

    /// Refuses the file, unread, when it is larger than `limit` bytes (the bound `bound` of `ImportLimits`).
    public func check(atMost limit: Int64, _ bound: ExceededLimit.Bound) throws(ImportError.Reason) {
        guard size <= limit else { throw .limit(.fileBytes(size, limit: limit, bound)) }
    }

    /// Opens `path` (following links); throws `.notRegularFile` for a FIFO, device, socket or folder.
    public init(path: String) throws(ImportError.Reason) {
        #if canImport(Glibc)
            let opened = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        #else
            let opened = Darwin.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        #endif
        guard opened >= 0 else { throw .unreadable(.system(String(cString: strerror(errno)))) }
        var status = stat()
        guard fstat(opened, &status) == 0 else {
            let message = String(cString: strerror(errno))
            close(opened)
            throw .unreadable(.system(message))
        }
        let kind = FileKind(mode: status.st_mode)
        guard kind == .regular else {
            close(opened)
            throw .notRegularFile(kind)
        }
        descriptor = opened
        size = Int64(status.st_size)
    }

    /// A second descriptor of a regular file already open here (a nameless temporary copy).
    init(duplicating original: Int32) throws(ImportError.Reason) {
        let copy = fcntl(original, F_DUPFD_CLOEXEC, 0)
        guard copy >= 0 else { throw .unreadable(.system(String(cString: strerror(errno)))) }
        var status = stat()
        guard fstat(copy, &status) == 0 else {
            let message = String(cString: strerror(errno))
            close(copy)
            throw .unreadable(.system(message))
        }
        descriptor = copy
        size = Int64(status.st_size)
    }

    deinit { close(descriptor) }

    /// The whole file mapped read-only (no copy; pages are read as they are touched). An empty
    /// file maps to empty `Data`.
    public func mapped() throws(ImportError.Reason) -> Data {
        guard size > 0 else { return Data() }
        guard let length = Int(exactly: size) else { throw .unreadable(.tooLargeToMap) }
        let address = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0)
        guard let address, address != UnsafeMutableRawPointer(bitPattern: -1) else {
            throw .unreadable(.system(String(cString: strerror(errno))))
        }
        return Data(
            bytesNoCopy: address, count: length, deallocator: .custom { pointer, count in _ = munmap(pointer, count) })
    }

    /// Exactly `count` bytes at `offset`; throws when the file ends before.
    public func read(at offset: Int64, count: Int) throws(ImportError.Reason) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress.map { $0 + done }, count - done, off_t(offset) + off_t(done))
            }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else {
                throw got < 0
                    ? .unreadable(.system(String(cString: strerror(errno))))
                    : .unreadable(.cutShort(atByte: offset + Int64(done)))
            }
            done += got
        }
        return bytes
    }
}
