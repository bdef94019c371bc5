/// Why a zip archive or one of its members could not be read; `description` is its one wording,
/// after "zip: ".
public enum ZipProblem: Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with one member (named by the archive's directory).
    public enum MemberProblem: Sendable, Hashable {
        case dataOutsideArchive
        case encrypted
        case compressionMethod(Int)
        case noLocalHeader(atByte: Int64)
        case localHeaderNamesAnotherFile
        case dataRunsIntoDirectory
        case storedWithTwoSizes
        case outOfMemory
        case compressedDataEndsEarly
        /// zlib refused the data near this byte of the member (with zlib's own message, from C).
        case badDeflateData(nearByte: Int64, zlib: String)
        case deflateDataUnfinished
        case checksumMismatch
        /// More (or fewer) bytes inflated than the directory entry says.
        case sizeDiffers(more: Bool)
    }

    case noCentralDirectory
    case zip64EndRecordMissing
    case zip64EndRecordOutside(atByte: Int64)
    case noZip64EndRecord(atByte: Int64)
    case splitArchive
    /// The end record places the directory at bytes `from`…`to`, but the directory ends at `end`.
    case directoryMisplaced(from: Int64, to: Int64, end: Int64)
    /// The end record lists no members, yet this many bytes come before it.
    case noMembersButBytesBefore(Int64)
    case absoluteMemberName
    case memberNameClimbsOut
    case tooManyMembersForDirectory(Int64)
    case memberCountMismatch(found: Int, said: Int64)
    case noDirectoryEntry(atByte: Int)
    case directoryEntryPastEnd(atByte: Int)
    case overlappingMembers(String, String, atByte: Int64)
    case cutShort(wanted: Int, atByte: Int64, of: Int64)
    /// A zip archive whose name does not end in .zip.
    case withoutZipExtension
    case member(String, MemberProblem)

    public var description: String {
        switch self {
        case .noCentralDirectory: "no central directory (not a zip archive, or cut short)"
        case .zip64EndRecordMissing: "ZIP64 end record missing (damaged archive)"
        case .zip64EndRecordOutside(let offset): "ZIP64 end record points outside the archive (byte \(offset))"
        case .noZip64EndRecord(let offset): "no ZIP64 end record at byte \(offset) (damaged archive)"
        case .splitArchive: "a split (multi-part) archive: join its parts first"
        case .directoryMisplaced(let from, let to, let end):
            "the end record puts the central directory at bytes \(from)…\(to), but it ends at byte \(end) (damaged end record)"
        case .noMembersButBytesBefore(let bytes):
            "the end record lists no members, but \(bytes) bytes come before it (damaged end record)"
        case .absoluteMemberName: "a member named with an absolute path: not read (no export names its files so)"
        case .memberNameClimbsOut:
            "a member whose name climbs out of the archive (..): not read (no export names its files so)"
        case .tooManyMembersForDirectory(let count):
            "the end record says \(count) members, too many for its central directory (damaged end record)"
        case .memberCountMismatch(let found, let said):
            "the central directory holds \(found) members, the end record says \(said) (damaged archive)"
        case .noDirectoryEntry(let offset):
            "no central directory entry at byte \(offset) of the directory (damaged archive)"
        case .directoryEntryPastEnd(let offset):
            "central directory entry at byte \(offset) runs past the directory (damaged archive)"
        case .overlappingMembers(let this, let next, let offset):
            "members \(this) and \(next) overlap at byte \(offset) (a zip bomb, or a damaged archive): refused"
        case .cutShort(let count, let offset, let size): "cut short: \(count) bytes wanted at byte \(offset) of \(size)"
        case .withoutZipExtension: "a zip archive without the .zip extension: rename it to .zip"
        case .member(let name, let problem): name + problem.text
        }
    }
}

extension ZipProblem.MemberProblem {
    /// The words after the member's name: a colon and the problem, or how the member is compressed.
    fileprivate var text: String {
        switch self {
        case .dataOutsideArchive: ": its directory entry puts its data outside the archive (damaged archive)"
        case .encrypted: ": encrypted (password-protected) member: not supported"
        case .compressionMethod(let method): " uses compression method \(method); only stored and deflate are read"
        case .noLocalHeader(let offset): ": no local header at byte \(offset) (damaged archive)"
        case .localHeaderNamesAnotherFile: ": its local header names another file (damaged archive)"
        case .dataRunsIntoDirectory: ": its data runs into the central directory (damaged archive)"
        case .storedWithTwoSizes: ": stored with two different sizes (damaged archive)"
        case .outOfMemory: ": out of memory"
        case .compressedDataEndsEarly: ": compressed data ends early (damaged archive)"
        case .badDeflateData(let offset, let message):
            ": bad deflate data near byte \(offset): \(message) (damaged or encrypted member)"
        case .deflateDataUnfinished: ": bad deflate data (damaged archive)"
        case .checksumMismatch: ": checksum mismatch (damaged or encrypted member)"
        case .sizeDiffers(let more):
            ": \(more ? "more" : "fewer") bytes than its directory entry says (damaged archive, or a zip bomb)"
        }
    }
}
