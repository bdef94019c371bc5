import Foundation

/// Reads a .zip archive's central directory (the list of members at its end), without ZIP64.
enum ZipDirectory {
    static func members(ofArchiveAt path: String) throws(ImportError.Reason) -> [ZipMember] {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) } catch {
            throw .unreadable(error.localizedDescription)
        }
        let count = data.count
        // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535.
        let searchStart = max(0, count - 22 - 65_535)
        let tail = [UInt8](data[data.startIndex + searchStart..<data.endIndex])
        var eocd: Int?
        var index = tail.count - 22
        while index >= 0 {
            if uint32(tail, index) == 0x0605_4b50 {
                eocd = index
                break
            }
            index -= 1
        }
        guard let end = eocd else { throw .zip("no central directory (not a zip archive, or cut short)") }
        let entryCount = Int(uint16(tail, end + 10))
        let directorySize = Int(uint32(tail, end + 12))
        let directoryOffset = Int(uint32(tail, end + 16))
        guard entryCount != 0xffff, directoryOffset != 0xffff_ffff else { throw .zip("ZIP64 archives are not read; unzip it first") }
        guard directoryOffset + directorySize <= count else { throw .zip("central directory past the end of the file at byte \(directoryOffset)") }
        let directory = [UInt8](data[data.startIndex + directoryOffset..<data.startIndex + directoryOffset + directorySize])
        var members: [ZipMember] = []
        var offset = 0
        for _ in 0..<entryCount {
            guard offset + 46 <= directory.count, uint32(directory, offset) == 0x0201_4b50 else {
                throw .zip("damaged central directory at byte \(directoryOffset + offset)")
            }
            let nameLength = Int(uint16(directory, offset + 28))
            let extraLength = Int(uint16(directory, offset + 30))
            let commentLength = Int(uint16(directory, offset + 32))
            guard offset + 46 + nameLength <= directory.count else { throw .zip("damaged central directory at byte \(directoryOffset + offset)") }
            let name = String(decoding: directory[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            let compressed = Int(uint32(directory, offset + 20)), uncompressed = Int(uint32(directory, offset + 24))
            let local = Int(uint32(directory, offset + 42))
            guard compressed != 0xffff_ffff, uncompressed != 0xffff_ffff, local != 0xffff_ffff else {
                throw .zip("ZIP64 archives are not read; unzip it first")
            }
            if !name.hasSuffix("/") {
                members.append(
                    ZipMember(
                        archivePath: path, name: name, method: uint16(directory, offset + 10), compressedSize: compressed,
                        uncompressedSize: uncompressed, localHeaderOffset: local, isEncrypted: uint16(directory, offset + 8) & 1 != 0))
            }
            offset += 46 + nameLength + extraLength + commentLength
        }
        return members
    }

    static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }

    static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
