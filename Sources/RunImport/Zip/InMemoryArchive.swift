import Foundation
internal import ZIPFoundation

/// A .zip archive that is itself a member of another (a Garmin export's `UploadedFiles_*.zip`),
/// read once into memory and shared by the candidate files of its members.
final class InMemoryArchive: Sendable {
    /// The archive's bytes (never mutated).
    let data: Data

    init(data: Data) {
        self.data = data
    }

    /// Opens the archive for reading; only its end records are read here.
    func open() throws(ImportError.Reason) -> Archive {
        // ZIPFoundation would search the whole buffer byte by byte: look where the end record can be.
        let tail = data.suffix(65_557)
        guard tail.range(of: Data([0x50, 0x4b, 0x05, 0x06])) != nil else {
            throw .zip("no central directory (not a zip archive, or cut short)")
        }
        do {
            return try Archive(data: data, accessMode: .read)
        } catch {
            throw .zip("damaged archive (\(error))")
        }
    }
}

extension InMemoryArchive: Hashable {
    static func == (lhs: InMemoryArchive, rhs: InMemoryArchive) -> Bool { lhs === rhs }
    func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
