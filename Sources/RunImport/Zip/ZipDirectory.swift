import Foundation
internal import ZIPFoundation

/// Lists a .zip archive's members with ZIPFoundation (ZIP64 included), without reading their data.
enum ZipDirectory {
    static func members(ofArchiveAt path: String) throws(ImportError.Reason) -> [ZipMember] {
        guard try hasEndRecord(path) else { throw .zip("no central directory (not a zip archive, or cut short)") }
        let archive = try open(path)
        return archive.compactMap { entry in
            guard entry.type == .file else { return nil }
            return ZipMember(
                archivePath: path, name: entry.path, uncompressedSize: Int(clamping: entry.uncompressedSize),
                entry: ZipMember.EntryRef(entry: entry))
        }
    }

    /// Opens the archive for reading: only its end records are read here.
    static func open(_ path: String) throws(ImportError.Reason) -> Archive {
        do {
            return try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch Archive.ArchiveError.missingEndOfCentralDirectoryRecord {
            throw .zip("no central directory (not a zip archive, or cut short)")
        } catch Archive.ArchiveError.unreadableArchive {
            throw .unreadable("cannot open the archive")
        } catch {
            throw .zip("damaged archive (\(error))")
        }
    }

    /// ZIPFoundation looks for the end record byte by byte from the end of the whole file, which takes
    /// minutes on a large file that is no archive: look first where it can be (the last 22 + 65,535 bytes).
    private static func hasEndRecord(_ path: String) throws(ImportError.Reason) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable("cannot open the archive") }
        defer { try? handle.close() }
        do {
            let size = try handle.seekToEnd()
            try handle.seek(toOffset: size > 65_557 ? size - 65_557 : 0)
            let tail = try handle.readToEnd() ?? Data()
            return tail.range(of: Data([0x50, 0x4b, 0x05, 0x06])) != nil
        } catch {
            throw .unreadable(error.localizedDescription)
        }
    }
}
