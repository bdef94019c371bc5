internal import CZlibShim
import Foundation

/// One file inside a .zip archive, as its central directory describes it.
struct ZipMember: Sendable, Hashable {
    var source: ZipSource
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
        guard uncompressedSize <= limit else {
            throw .limit("\(name): more than \(ImportLimits.describe(bytes: Int64(limit))) uncompressed (limit: member size)")
        }
        guard !isEncrypted else { throw .zip("\(name): encrypted (password-protected) member: not supported") }
        guard method == 0 || method == 8 else {
            throw .zip("\(name) uses compression method \(method); only stored and deflate are read")
        }
        let reader = try source.open()
        let header = try reader.read(at: localHeaderOffset, count: 30)
        guard ZipBytes.uint32(header, 0) == 0x0403_4b50 else {
            throw .zip("\(name): no local header at byte \(localHeaderOffset) (damaged archive)")
        }
        let nameLength = Int(ZipBytes.uint16(header, 26))
        let extraLength = Int(ZipBytes.uint16(header, 28))
        guard try reader.read(at: localHeaderOffset + 30, count: nameLength) == nameBytes else {
            throw .zip("\(name): its local header names another file (damaged archive)")
        }
        let dataStart = localHeaderOffset + 30 + Int64(nameLength) + Int64(extraLength)
        guard dataStart <= dataEnd, compressedSize <= dataEnd - dataStart else {
            throw .zip("\(name): its data runs into the central directory (damaged archive)")
        }
        var output = InflatedBytes(expected: uncompressedSize, limit: uncompressedSize + 1)
        if method == 0 {
            guard compressedSize == Int64(uncompressedSize) else { throw .zip("\(name): stored with two different sizes (damaged archive)") }
            var position = 0
            while position < uncompressedSize {
                let bytes = try reader.read(at: dataStart + Int64(position), count: min(256 << 10, uncompressedSize - position))
                guard let room = output.spare(minimum: bytes.count) else { throw .zip("\(name): out of memory") }
                bytes.withUnsafeBytes { room.copyMemory(from: $0) }
                output.didWrite(bytes.count)
                position += bytes.count
            }
        } else {
            try inflate(reader, from: dataStart, into: &output)
        }
        guard output.count == uncompressedSize else {
            throw .zip("\(name): \(output.count > uncompressedSize ? "more" : "fewer") bytes than its directory entry says (damaged archive, or a zip bomb)")
        }
        let length = UInt32(output.count)
        let checksum = output.base.map { UInt32(truncatingIfNeeded: CZlibShim.crc32(0, $0.assumingMemoryBound(to: UInt8.self), length)) } ?? 0
        guard checksum == crc32 else { throw .zip("\(name): checksum mismatch (damaged or encrypted member)") }
        return output.data()
    }

    /// Inflates the compressed data chunk by chunk; stops as soon as more than the declared size comes out.
    private func inflate(_ reader: borrowing ZipSourceReader, from dataStart: Int64, into output: inout InflatedBytes)
        throws(ImportError.Reason)
    {
        var inflater = try Inflater(.rawDeflate)
        var position: Int64 = 0
        var chunk: [UInt8] = []
        var used = 0
        while true {
            if used == chunk.count {
                guard position < compressedSize else {
                    throw .zip("\(name): compressed data ends early (damaged archive)")
                }
                let count = Int(min(Int64(256 << 10), compressedSize - position))
                chunk = try reader.read(at: dataStart + position, count: count)
                position += Int64(count)
                used = 0
            }
            guard let room = output.spare(minimum: 64 << 10) else { throw .zip("\(name): out of memory") }
            let start = used
            let result = chunk.withUnsafeBytes { buffer in
                Result { () throws(Inflater.DataError) in try inflater.inflate(UnsafeRawBufferPointer(rebasing: buffer[start...]), into: room) }
            }
            let step: (consumed: Int, written: Int, step: Inflater.Step)
            switch result {
            case .success(let value): step = value
            case .failure(let error):
                let at = dataStart + position - Int64(chunk.count - used)
                throw .zip("\(name): bad deflate data near byte \(at): \(error.message) (damaged or encrypted member)")
            }
            used += step.consumed
            output.didWrite(step.written)
            if output.count > uncompressedSize { return }
            if step.step == .streamEnd { return }
            if step.consumed == 0 && step.written == 0 && used < chunk.count {
                throw .zip("\(name): bad deflate data (damaged archive)")
            }
        }
    }
}
