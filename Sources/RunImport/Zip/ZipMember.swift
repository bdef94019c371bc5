import Foundation
internal import ZIPFoundation

/// One file inside a .zip archive, as its central directory describes it.
struct ZipMember: Sendable, Hashable {
    var archivePath: String
    /// The member's path inside the archive ("activities/123.gpx.gz").
    var name: String
    var uncompressedSize: Int
    /// ZIPFoundation's description of the member (where its data starts, how it is compressed).
    var entry: EntryRef
    /// Set when the archive is itself a member of another: its temporary copy (`archivePath`), kept
    /// while this member may still be read.
    var spilled: SpilledArchive? = nil

    /// ZIPFoundation's `Entry`: an immutable value (ZIPFoundation predates Sendable), compared by identity in the archive.
    struct EntryRef: @unchecked Sendable, Hashable {
        let entry: Entry

        static func == (lhs: Self, rhs: Self) -> Bool { lhs.entry == rhs.entry }
        func hash(into hasher: inout Hasher) { hasher.combine(entry.path) }
    }

    /// The member's decompressed bytes, streamed from the archive in chunks (the rest is not read).
    func bytes() throws(ImportError.Reason) -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(min(uncompressedSize, Gunzip.maximumOutputBytes))
        try stream(limit: Gunzip.maximumOutputBytes) { chunk in output.append(contentsOf: chunk) }
        return output
    }

    /// Hands the member's decompressed bytes to `consume` in chunks of 64 KiB, never more than
    /// `limit` in all (an Apple Health export.xml is streamed this way, never held whole).
    func stream(limit: Int, _ consume: (Data) throws -> Void) throws(ImportError.Reason) {
        let limitText = limit >= 1 << 30 ? "\(limit >> 30) GiB" : "\(limit >> 20) MiB"
        guard uncompressedSize <= limit else { throw .zip("\(name): more than \(limitText) uncompressed") }
        let archive = try ZipDirectory.open(archivePath)
        var total = 0
        do {
            _ = try archive.extract(entry.entry, bufferSize: 64 << 10) { chunk in
                total += chunk.count
                guard total <= limit else { throw ImportError.Reason.zip("\(name): more than \(limitText) uncompressed") }
                try consume(chunk)
            }
        } catch let reason as ImportError.Reason {
            throw reason
        } catch Archive.ArchiveError.invalidCompressionMethod {
            throw .zip("\(name) uses a compression method other than stored or deflate")
        } catch Archive.ArchiveError.invalidCRC32 {
            throw .zip("\(name): checksum mismatch (damaged or encrypted member)")
        } catch {
            throw .zip("\(name): cannot be read (\(error); damaged or encrypted member)")
        }
    }
}
