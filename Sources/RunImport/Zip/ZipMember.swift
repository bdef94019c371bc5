internal import CZlibShim
import Foundation

/// One file inside a .zip archive, as its central directory describes it.
struct ZipMember: Sendable, Hashable {
    var source: ZipSource
    /// The archive's path as messages and member paths name it ("export.zip", or
    /// "export.zip/inner.zip" for an archive inside another, whose bytes are in a temporary copy).
    var archivePath: String
    /// The member's path inside the archive ("activities/123.gpx.gz").
    var name: String
    var nameBytes: [UInt8]
    var uncompressedSize: Int
    var compressedSize: Int64
    var localHeaderOffset: Int64
    /// 0 stored, 8 deflate; anything else is refused when read.
    var method: UInt16
    /// General purpose flags (bit 0: encrypted).
    var flags: UInt16
    var crc32: UInt32
    /// Where member data must end: the start of the central directory.
    var dataEnd: Int64

    var isEncrypted: Bool { flags & 1 != 0 }

    /// The member's decompressed bytes, inflated from the archive in chunks straight into one
    /// buffer of the declared size; more data than declared, a wrong checksum, an encrypted or
    /// damaged member are refused.
    func bytes(limit: Int = ImportLimits.standard.maximumMemberBytes) throws(ImportError.Reason) -> Data {
        try check(limit: limit, .memberSize)
        var output = InflatedBytes(expected: uncompressedSize, limit: uncompressedSize + 1)
        try decode(into: &output)
        return output.data()
    }

    /// The member's first bytes (at most 4 KiB), inflating no more than one chunk: enough to tell
    /// whether it may hold a workout before the whole member is inflated.
    func head() throws(ImportError.Reason) -> [UInt8] {
        struct EnoughRead: Error {}
        var head: [UInt8] = []
        do {
            try stream(limit: uncompressedSize, bound: .memberSize) { chunk in
                head += chunk.prefix(4_096 - head.count)
                if head.count >= 4_096 { throw EnoughRead() }
            }
        } catch {
            if head.isEmpty { throw error }
        }
        return head
    }

    /// Hands the member's decompressed bytes to `consume` in chunks of 64 KiB, never holding more
    /// (an Apple Health export.xml of gigabytes, a nested archive spilled to disk). `limit` bounds
    /// the member's size, named by `bound` when it is refused. The same checks as `bytes(limit:)`;
    /// the checksum is known only at the end, after the last chunk.
    func stream(limit: Int, bound: ExceededLimit.Bound, _ consume: (UnsafeRawBufferPointer) throws -> Void)
        throws(ImportError
        .Reason)
    {
        try check(limit: limit, bound)
        try withoutActuallyEscaping(consume) { consume throws(ImportError.Reason) in
            var output = StreamedChunks(name: name, consume: consume)
            try decode(into: &output)
        }
    }

    /// Refuses a member larger than `limit` before any of it is read.
    private func check(limit: Int, _ bound: ExceededLimit.Bound) throws(ImportError.Reason) {
        guard uncompressedSize <= limit else {
            throw .limit(.uncompressed(member: name, limit: Int64(limit), bound))
        }
    }

    /// Reads the member's local header and data, checks them against the directory entry and
    /// writes the decompressed bytes into `output` piece by piece; stops as soon as more than the
    /// declared size comes out.
    private func decode<Output: ZipMemberOutput & ~Copyable>(into output: inout Output) throws(ImportError.Reason) {
        guard !isEncrypted else { throw .zip(.member(name, .encrypted)) }
        guard method == 0 || method == 8 else {
            throw .zip(.member(name, .compressionMethod(Int(method))))
        }
        let reader = try source.open()
        let header = try reader.read(at: localHeaderOffset, count: 30)
        guard ZipBytes.uint32(header, 0) == 0x0403_4b50 else {
            throw .zip(.member(name, .noLocalHeader(atByte: localHeaderOffset)))
        }
        let nameLength = Int(ZipBytes.uint16(header, 26))
        let extraLength = Int(ZipBytes.uint16(header, 28))
        guard try reader.read(at: localHeaderOffset + 30, count: nameLength) == nameBytes else {
            throw .zip(.member(name, .localHeaderNamesAnotherFile))
        }
        let dataStart = localHeaderOffset + 30 + Int64(nameLength) + Int64(extraLength)
        guard dataStart <= dataEnd, compressedSize <= dataEnd - dataStart else {
            throw .zip(.member(name, .dataRunsIntoDirectory))
        }
        var written = WrittenBytes(name: name, declared: uncompressedSize)
        if method == 0 {
            guard compressedSize == Int64(uncompressedSize) else {
                throw .zip(.member(name, .storedWithTwoSizes))
            }
            while written.count < uncompressedSize {
                guard let room = output.room(minimum: 64 << 10) else { throw .zip(.member(name, .outOfMemory)) }
                let count = min(room.count, 256 << 10, uncompressedSize - written.count)
                let bytes = try reader.read(at: dataStart + Int64(written.count), count: count)
                bytes.withUnsafeBytes { room.copyMemory(from: $0) }
                try written.add(UnsafeRawBufferPointer(rebasing: room[..<count]))
                try output.wrote(UnsafeRawBufferPointer(rebasing: room[..<count]))
            }
        } else {
            try inflate(reader, from: dataStart, into: &output, counting: &written)
        }
        try written.finish(crc32: crc32)
    }

    /// Inflates the compressed data chunk by chunk.
    private func inflate<Output: ZipMemberOutput & ~Copyable>(
        _ reader: borrowing ZipSourceReader, from dataStart: Int64, into output: inout Output,
        counting written: inout WrittenBytes
    ) throws(ImportError.Reason) {
        var inflater = try Inflater(.rawDeflate)
        var position: Int64 = 0
        var chunk: [UInt8] = []
        var used = 0
        while true {
            if used == chunk.count {
                guard position < compressedSize else {
                    throw .zip(.member(name, .compressedDataEndsEarly))
                }
                let count = Int(min(Int64(256 << 10), compressedSize - position))
                chunk = try reader.read(at: dataStart + position, count: count)
                position += Int64(count)
                used = 0
            }
            guard let room = output.room(minimum: 64 << 10) else { throw .zip(.member(name, .outOfMemory)) }
            let start = used
            let result = chunk.withUnsafeBytes { buffer in
                Result { () throws(Inflater.DataError) in
                    try inflater.inflate(UnsafeRawBufferPointer(rebasing: buffer[start...]), into: room)
                }
            }
            let step: (consumed: Int, written: Int, step: Inflater.Step)
            switch result {
            case .success(let value): step = value
            case .failure(let error):
                let at = dataStart + position - Int64(chunk.count - used)
                throw .zip(.member(name, .badDeflateData(nearByte: at, zlib: error.message)))
            }
            used += step.consumed
            let piece = UnsafeRawBufferPointer(rebasing: room[..<step.written])
            try written.add(piece)
            try output.wrote(piece)
            if step.step == .streamEnd { return }
            if step.consumed == 0 && step.written == 0 && used < chunk.count {
                throw .zip(.member(name, .deflateDataUnfinished))
            }
        }
    }
}

/// Where a zip member's decompressed bytes go as they come out: one buffer (`InflatedBytes`) or a
/// consumer handed one chunk at a time (`StreamedChunks`).
protocol ZipMemberOutput: ~Copyable {
    /// Free space for the next bytes, at least `minimum` unless a bound is reached; nil when
    /// memory cannot be had.
    mutating func room(minimum: Int) -> UnsafeMutableRawBufferPointer?
    /// The bytes just written at the start of the last `room`.
    mutating func wrote(_ bytes: UnsafeRawBufferPointer) throws(ImportError.Reason)
}

extension InflatedBytes: ZipMemberOutput {
    mutating func room(minimum: Int) -> UnsafeMutableRawBufferPointer? { spare(minimum: minimum) }
    mutating func wrote(_ bytes: UnsafeRawBufferPointer) { didWrite(bytes.count) }
}

/// A member's bytes handed on in chunks of 64 KiB, never held whole.
private struct StreamedChunks: ZipMemberOutput, ~Copyable {
    let name: String
    let consume: (UnsafeRawBufferPointer) throws -> Void
    private let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 1)

    init(name: String, consume: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.name = name
        self.consume = consume
    }

    deinit { buffer.deallocate() }

    mutating func room(minimum: Int) -> UnsafeMutableRawBufferPointer? { buffer }

    mutating func wrote(_ bytes: UnsafeRawBufferPointer) throws(ImportError.Reason) {
        do {
            try consume(bytes)
        } catch let reason as ImportError.Reason {
            throw reason
        } catch {
            throw .unreadable(.member(name: name, message: error.localizedDescription))
        }
    }
}

/// The count and running CRC-32 of a member's bytes, checked against its directory entry.
private struct WrittenBytes {
    let name: String
    let declared: Int
    private(set) var count = 0
    private var checksum: UInt = 0

    init(name: String, declared: Int) {
        self.name = name
        self.declared = declared
    }

    /// Counts `bytes`; more than declared is refused before they are used.
    mutating func add(_ bytes: UnsafeRawBufferPointer) throws(ImportError.Reason) {
        guard bytes.count <= declared - count else { throw mismatch(more: true) }
        count += bytes.count
        if let base = bytes.baseAddress, !bytes.isEmpty {
            checksum = CZlibShim.crc32(checksum, base.assumingMemoryBound(to: UInt8.self), UInt32(bytes.count))
        }
    }

    /// Throws unless exactly the declared bytes came, with the declared checksum.
    func finish(crc32: UInt32) throws(ImportError.Reason) {
        guard count == declared else { throw mismatch(more: false) }
        guard UInt32(truncatingIfNeeded: checksum) == crc32 else {
            throw .zip(.member(name, .checksumMismatch))
        }
    }

    private func mismatch(more: Bool) -> ImportError.Reason {
        .zip(.member(name, .sizeDiffers(more: more)))
    }
}
