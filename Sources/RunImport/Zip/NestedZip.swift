import Foundation

/// A .zip archive inside a .zip archive, as in a Garmin Connect data export, whose activities sit in
/// `DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_*.zip` inside the downloaded zip: copied out to
/// a temporary file (streamed through `ZipMember.stream`, so the member limits apply; see
/// SpilledArchive) and expanded like the outer one, down to `maximumDepth` archives deep.
enum NestedZip {
    /// The outer archive is depth 1; a Garmin export needs 2.
    static let maximumDepth = 3
    /// A Garmin export's parts reach a few GiB; a zip bomb is refused past this.
    static let maximumBytes = 16 << 30

    static func isArchiveName(_ name: String) -> Bool { name.hasSuffix(".zip") || name.hasSuffix(".ZIP") }

    /// The candidates inside the member archive; when it cannot be expanded (too deep, damaged,
    /// too large) the member itself, carrying the reason its import will report.
    static func expand(_ file: CandidateFile, member: ZipMember, depth: Int) -> [CandidateFile] {
        var failed = file
        guard depth < maximumDepth else {
            failed.nestedArchiveFailure = .zip("a .zip archive nested more than \(maximumDepth) deep: unzip the outer ones and import the folder")
            return [failed]
        }
        do throws(ImportError.Reason) {
            let spilled = try SpilledArchive(member, limit: maximumBytes)
            let members = try ZipDirectory.members(ofArchiveAt: spilled.path).map { inner in
                var inner = inner
                inner.spilled = spilled
                return inner
            }
            return ZipExpansion.expand(members, archivePath: file.path, modifiedAt: file.modifiedAt, depth: depth + 1)
        } catch {
            failed.nestedArchiveFailure = error
            return [failed]
        }
    }
}
