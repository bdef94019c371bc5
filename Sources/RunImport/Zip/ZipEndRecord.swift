/// Where a zip archive says its central directory is: the end of central directory record (and
/// its ZIP64 form when the archive needs one), checked against where it actually sits.
struct ZipEndRecord: Sendable, Hashable {
    var memberCount: Int64
    var directoryOffset: Int64
    var directorySize: Int64

    /// Finds and checks the end record in the last 22 + 65,535 bytes (the longest comment), the
    /// only place it can be (a file that is no archive costs one read, not a scan of the whole file).
    init(reading source: borrowing ZipSourceReader) throws(ImportError.Reason) {
        let size = source.size
        let tailLength = Int(min(size, 22 + 65_535))
        let tailStart = size - Int64(tailLength)
        let tail = try source.read(at: tailStart, count: tailLength)
        // The last signature whose comment fits in the bytes after it.
        var found: Int?
        var index = tail.count - 22
        while index >= 0 {
            if tail[index] == 0x50, tail[index + 1] == 0x4b, tail[index + 2] == 5, tail[index + 3] == 6,
                index + 22 + Int(ZipBytes.uint16(tail, index + 20)) <= tail.count
            {
                found = index
                break
            }
            index -= 1
        }
        guard let at = found else { throw .zip(.noCentralDirectory) }
        let endOffset = tailStart + Int64(at)
        let disk = ZipBytes.uint16(tail, at + 4)
        let directoryDisk = ZipBytes.uint16(tail, at + 6)
        var count = Int64(ZipBytes.uint16(tail, at + 10))
        var directorySize = Int64(ZipBytes.uint32(tail, at + 12))
        var directoryOffset = Int64(ZipBytes.uint32(tail, at + 16))
        // Where the central directory must end: at the end record, or at the ZIP64 end record.
        var directoryEnd = endOffset
        let needsZIP64 = count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF
        if needsZIP64 || (endOffset >= 20 && Self.hasZIP64Locator(source, before: endOffset)) {
            guard endOffset >= 20 else { throw .zip(.zip64EndRecordMissing) }
            let locator = try source.read(at: endOffset - 20, count: 20)
            guard ZipBytes.uint32(locator, 0) == 0x0706_4b50 else {
                throw .zip(.zip64EndRecordMissing)
            }
            let recordOffset = Int64(bitPattern: ZipBytes.uint64(locator, 8))
            guard recordOffset >= 0, recordOffset + 56 <= endOffset - 20 else {
                throw .zip(.zip64EndRecordOutside(atByte: recordOffset))
            }
            let record = try source.read(at: recordOffset, count: 56)
            guard ZipBytes.uint32(record, 0) == 0x0606_4b50 else {
                throw .zip(.noZip64EndRecord(atByte: recordOffset))
            }
            guard ZipBytes.uint32(record, 16) == 0, ZipBytes.uint32(record, 20) == 0 else {
                throw .zip(.splitArchive)
            }
            count = Int64(bitPattern: ZipBytes.uint64(record, 32))
            directorySize = Int64(bitPattern: ZipBytes.uint64(record, 40))
            directoryOffset = Int64(bitPattern: ZipBytes.uint64(record, 48))
            directoryEnd = recordOffset
        } else if disk != 0 || directoryDisk != 0 {
            throw .zip(.splitArchive)
        }
        guard count >= 0, directorySize >= 0, directoryOffset >= 0, directoryOffset <= directoryEnd,
            directorySize == directoryEnd - directoryOffset
        else {
            throw .zip(
                .directoryMisplaced(from: directoryOffset, to: directoryOffset &+ directorySize, end: directoryEnd))
        }
        // An empty archive is its end record alone; bytes before an empty directory are members it does not list.
        if count == 0, directoryOffset > 0 {
            throw .zip(.noMembersButBytesBefore(directoryOffset))
        }
        self.memberCount = count
        self.directoryOffset = directoryOffset
        self.directorySize = directorySize
    }

    private static func hasZIP64Locator(_ source: borrowing ZipSourceReader, before endOffset: Int64) -> Bool {
        guard let bytes = try? source.read(at: endOffset - 20, count: 4) else { return false }
        return ZipBytes.uint32(bytes, 0) == 0x0706_4b50
    }
}

/// Little-endian integers at offsets of a byte array (the caller has checked the length).
enum ZipBytes {
    static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(uint16(bytes, at)) | UInt32(uint16(bytes, at + 2)) << 16
    }

    static func uint64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
        UInt64(uint32(bytes, at)) | UInt64(uint32(bytes, at + 4)) << 32
    }
}
