import Foundation

/// A .zip archive inside a .zip archive, as in a Garmin Connect data export, whose activities sit in
/// `DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_*.zip` inside the downloaded zip: read into
/// memory (through `ZipMember.bytes`, so the archive's limits apply) and expanded like the outer one,
/// down to `maximumDepth` archives deep.
enum NestedZip {
    /// The outer archive is depth 1; a Garmin export needs 2.
    static let maximumDepth = 3

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
            let archive = InMemoryArchive(data: Data(try member.bytes()))
            let members = try ZipDirectory.members(of: archive, path: file.path)
            return ZipExpansion.expand(members, archivePath: file.path, modifiedAt: file.modifiedAt, depth: depth + 1)
        } catch {
            failed.nestedArchiveFailure = error
            return [failed]
        }
    }
}
