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

    /// ZIPFoundation's `Entry`: an immutable value (ZIPFoundation predates Sendable), compared by identity in the archive.
    struct EntryRef: @unchecked Sendable, Hashable {
        let entry: Entry

        static func == (lhs: Self, rhs: Self) -> Bool { lhs.entry == rhs.entry }
        func hash(into hasher: inout Hasher) { hasher.combine(entry.path) }
    }

    /// The member's decompressed bytes, streamed from the archive in chunks (the rest is not read).
    func bytes() throws(ImportError.Reason) -> [UInt8] {
        guard uncompressedSize <= Gunzip.maximumOutputBytes else { throw .zip("\(name): more than 1 GiB uncompressed") }
        let archive = try ZipDirectory.open(archivePath)
        var output = [UInt8]()
        output.reserveCapacity(uncompressedSize)
        do {
            _ = try archive.extract(entry.entry, bufferSize: 64 << 10) { chunk in
                guard output.count + chunk.count <= Gunzip.maximumOutputBytes else {
                    throw ImportError.Reason.zip("\(name): more than 1 GiB uncompressed")
                }
                output.append(contentsOf: chunk)
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
        return output
    }
}
