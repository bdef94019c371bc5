/// Lists a .zip archive's members from its central directory (ZIP64 included), without reading
/// their data, and refuses an archive whose directory cannot be trusted: an end record that lies
/// about where the directory is or how many members it has, and members whose data overlap (the
/// "zip bomb" that makes 1,000 entries out of one compressed stream).
enum ZipDirectory {
    /// The regular-file members of the archive in `source` (named `archivePath` in messages and
    /// member paths). Their declared sizes are charged to `budget`; a member over its limit
    /// (`ImportLimits.memberLimit(named:)`) is listed (it is refused when read) but not charged.
    static func members(
        of source: ZipSource, archivePath: String, limits: ImportLimits, budget: inout ArchiveBudget
    ) throws(ImportError.Reason) -> [ZipMember] {
        let reader = try source.open()
        let end = try ZipEndRecord(reading: reader)
        guard end.memberCount <= Int64(limits.maximumArchiveMembers) else {
            throw .limit(.members(limits.maximumArchiveMembers))
        }
        // Each entry takes at least 46 bytes: a count the directory cannot hold is a lie.
        guard end.memberCount <= end.directorySize / 46 + 1, let directoryLength = Int(exactly: end.directorySize)
        else {
            throw .zip(.tooManyMembersForDirectory(end.memberCount))
        }
        let directory = try reader.read(at: end.directoryOffset, count: directoryLength)
        var entries: [ZipMember] = []
        var offset = 0
        while offset < directory.count {
            entries.append(
                try entry(
                    in: directory, at: &offset, source: source, archivePath: archivePath, dataEnd: end.directoryOffset))
        }
        guard Int64(entries.count) == end.memberCount else {
            throw .zip(.memberCountMismatch(found: entries.count, said: end.memberCount))
        }
        try refuseOverlaps(entries)
        let files = entries.filter { !$0.name.hasSuffix("/") }
        for member in files where member.uncompressedSize <= limits.memberLimit(named: member.name).bytes {
            try budget.charge(Int64(member.uncompressedSize))
        }
        return files
    }

    /// One central directory entry at `offset`, which moves past it.
    private static func entry(
        in directory: [UInt8], at offset: inout Int, source: ZipSource, archivePath: String, dataEnd: Int64
    ) throws(ImportError.Reason) -> ZipMember {
        let start = offset
        guard directory.count - start >= 46, ZipBytes.uint32(directory, start) == 0x0201_4b50 else {
            throw .zip(.noDirectoryEntry(atByte: start))
        }
        let flags = ZipBytes.uint16(directory, start + 8)
        let method = ZipBytes.uint16(directory, start + 10)
        let crc = ZipBytes.uint32(directory, start + 16)
        var compressed = Int64(ZipBytes.uint32(directory, start + 20))
        var uncompressed = Int64(ZipBytes.uint32(directory, start + 24))
        let nameLength = Int(ZipBytes.uint16(directory, start + 28))
        let extraLength = Int(ZipBytes.uint16(directory, start + 30))
        let commentLength = Int(ZipBytes.uint16(directory, start + 32))
        var localOffset = Int64(ZipBytes.uint32(directory, start + 42))
        let end = start + 46 + nameLength + extraLength + commentLength
        guard end <= directory.count else {
            throw .zip(.directoryEntryPastEnd(atByte: start))
        }
        let nameBytes = Array(directory[start + 46..<start + 46 + nameLength])
        // ZIP64 extra field: the 64-bit values, in this order, of the fields set to all ones.
        var extra = start + 46 + nameLength
        let extraEnd = extra + extraLength
        while extra + 4 <= extraEnd {
            let id = ZipBytes.uint16(directory, extra)
            let size = Int(ZipBytes.uint16(directory, extra + 2))
            if id == 1 {
                var field = extra + 4
                let fieldEnd = min(field + size, extraEnd)
                func next() -> Int64? {
                    guard field + 8 <= fieldEnd else { return nil }
                    defer { field += 8 }
                    return Int64(bitPattern: ZipBytes.uint64(directory, field))
                }
                if uncompressed == 0xFFFF_FFFF, let value = next() { uncompressed = value }
                if compressed == 0xFFFF_FFFF, let value = next() { compressed = value }
                if localOffset == 0xFFFF_FFFF, let value = next() { localOffset = value }
            }
            extra += 4 + size
        }
        offset = end
        let name = flags & (1 << 11) != 0 ? String(decoding: nameBytes, as: UTF8.self) : CodePage437.decode(nameBytes)
        guard uncompressed >= 0, compressed >= 0, localOffset >= 0, localOffset < dataEnd,
            compressed <= dataEnd - localOffset, let size = Int(exactly: uncompressed)
        else {
            throw .zip(.member(name, .dataOutsideArchive))
        }
        return ZipMember(
            source: source, archivePath: archivePath, name: name, nameBytes: nameBytes, uncompressedSize: size,
            compressedSize: compressed, localHeaderOffset: localOffset, method: method, flags: flags, crc32: crc,
            dataEnd: dataEnd)
    }

    /// Refuses members whose bytes overlap: in a real archive each member's local header and data
    /// come one after another. At least the 30-byte header, the name and the compressed data are
    /// the member's own, so the next member must not start before they end.
    private static func refuseOverlaps(_ entries: [ZipMember]) throws(ImportError.Reason) {
        let sorted = entries.sorted { $0.localHeaderOffset < $1.localHeaderOffset }
        for (this, next) in zip(sorted, sorted.dropFirst()) {
            let end = this.localHeaderOffset + 30 + Int64(this.nameBytes.count) + this.compressedSize
            if next.localHeaderOffset < end {
                throw .zip(.overlappingMembers(this.name, next.name, atByte: next.localHeaderOffset))
            }
        }
    }
}
