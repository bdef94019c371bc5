import Foundation
internal import ZIPFoundation

/// Lists a .zip archive's members with ZIPFoundation (ZIP64 included), without reading their data.
enum ZipDirectory {
    static func members(ofArchiveAt path: String) throws(ImportError.Reason) -> [ZipMember] {
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
}
