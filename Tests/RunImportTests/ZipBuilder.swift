import Foundation

/// Writes zip archives byte by byte, so tests can build the damaged and hostile ones no zip tool
/// writes: lying end records, overlapping members, encrypted flags, wrong local headers.
struct ZipBuilder {
    /// One central directory entry, as it will be written.
    struct Entry {
        var name: String
        var method: UInt16 = 0
        var flags: UInt16 = 0
        var crc: UInt32
        var compressedSize: UInt32
        var uncompressedSize: UInt32
        var localOffset: UInt32
    }

    private(set) var bytes: [UInt8] = []
    private(set) var entries: [Entry] = []

    /// Appends a member's local header and data (stored unless `deflated` is given, the raw deflate
    /// stream of `data`); its central entry is remembered for `finish`.
    mutating func add(_ name: String, _ data: [UInt8], deflated: [UInt8]? = nil, flags: UInt16 = 0) {
        let stored = deflated ?? data
        let entry = Entry(
            name: name, method: deflated == nil ? 0 : 8, flags: flags, crc: Self.crc32(data),
            compressedSize: UInt32(stored.count), uncompressedSize: UInt32(data.count), localOffset: UInt32(bytes.count)
        )
        bytes += Self.localHeader(entry) + stored
        entries.append(entry)
    }

    /// Appends a local header alone (for members whose data is elsewhere).
    mutating func addLocalHeader(_ entry: Entry) {
        bytes += Self.localHeader(entry)
    }

    /// The archive: the bytes so far, a central directory of `entries` (default: those added) and
    /// an end record, which may lie about the count or the directory's place.
    func finish(entries override: [Entry]? = nil, countOverride: UInt16? = nil, offsetDelta: Int = 0) -> [UInt8] {
        let list = override ?? entries
        var directory: [UInt8] = []
        for entry in list { directory += Self.centralEntry(entry) }
        let offset = bytes.count
        var end: [UInt8] = [0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0]
        end += Self.le16(countOverride ?? UInt16(list.count)) + Self.le16(countOverride ?? UInt16(list.count))
        end += Self.le32(UInt32(directory.count)) + Self.le32(UInt32(offset + offsetDelta)) + Self.le16(0)
        return bytes + directory + end
    }

    static func localHeader(_ entry: Entry) -> [UInt8] {
        let name = Array(entry.name.utf8)
        var header: [UInt8] = [0x50, 0x4b, 0x03, 0x04] + le16(20) + le16(entry.flags | 1 << 11) + le16(entry.method)
        header += le16(0) + le16(0x5821) + le32(entry.crc) + le32(entry.compressedSize) + le32(entry.uncompressedSize)
        header += le16(UInt16(name.count)) + le16(0) + name
        return header
    }

    static func centralEntry(_ entry: Entry) -> [UInt8] {
        let name = Array(entry.name.utf8)
        var header: [UInt8] =
            [0x50, 0x4b, 0x01, 0x02] + le16(0x031e) + le16(20) + le16(entry.flags | 1 << 11) + le16(entry.method)
        header += le16(0) + le16(0x5821) + le32(entry.crc) + le32(entry.compressedSize) + le32(entry.uncompressedSize)
        header += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0o100644 << 16)
        header += le32(entry.localOffset) + name
        return header
    }

    static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xff), UInt8(value >> 8)] }
    static func le32(_ value: UInt32) -> [UInt8] { le16(UInt16(value & 0xffff)) + le16(UInt16(value >> 16)) }

    /// CRC-32 (IEEE), bit by bit: an independent check of the reader's zlib one.
    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xffff_ffff
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xedb8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// The raw deflate stream of `data` (gzip's output without its 10-byte header and 8-byte trailer).
    static func rawDeflate(_ data: Data) throws -> [UInt8] {
        let gz = [UInt8](try TestTools.gzip(data))
        return Array(gz[10..<gz.count - 8])
    }
}
