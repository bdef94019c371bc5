import Foundation

/// One file inside a .zip archive, as its central directory describes it.
struct ZipMember: Sendable, Hashable {
    var archivePath: String
    /// The member's path inside the archive ("activities/123.gpx.gz").
    var name: String
    /// 0 stored, 8 deflated.
    var method: UInt16
    var compressedSize: Int
    var uncompressedSize: Int
    var localHeaderOffset: Int
    var isEncrypted: Bool

    /// The member's decompressed bytes, read from the archive without loading the rest of it.
    func bytes() throws(ImportError.Reason) -> [UInt8] {
        guard !isEncrypted else { throw .zip("\(name) is encrypted") }
        guard method == 0 || method == 8 else { throw .zip("\(name) uses compression method \(method); only stored and deflate are read") }
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: archivePath)) } catch {
            throw .unreadable(error.localizedDescription)
        }
        defer { try? handle.close() }
        do {
            try handle.seek(toOffset: UInt64(localHeaderOffset))
            let header = [UInt8](try handle.read(upToCount: 30) ?? Data())
            guard header.count == 30, ZipDirectory.uint32(header, 0) == 0x0403_4b50 else {
                throw ImportError.Reason.zip("\(name): no local header at byte \(localHeaderOffset)")
            }
            let dataOffset = localHeaderOffset + 30 + Int(ZipDirectory.uint16(header, 26)) + Int(ZipDirectory.uint16(header, 28))
            try handle.seek(toOffset: UInt64(dataOffset))
            let data = [UInt8](try handle.read(upToCount: compressedSize) ?? Data())
            guard data.count == compressedSize else { throw ImportError.Reason.zip("\(name): archive ends early at byte \(dataOffset + data.count)") }
            if method == 0 { return data }
            return try Gunzip.inflate(data, raw: true, expectedSize: uncompressedSize)
        } catch let reason as ImportError.Reason {
            throw reason
        } catch {
            throw .unreadable(error.localizedDescription)
        }
    }
}
