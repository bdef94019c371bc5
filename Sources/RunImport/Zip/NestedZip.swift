import Foundation

/// A .zip archive inside a .zip archive, as in a Garmin Connect data export, whose activities sit in
/// `DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_*.zip` inside the downloaded zip: copied out to
/// a private, nameless temporary file (see SpilledArchive) and expanded like the outer one with the outer one's
/// `ArchiveBudget.nested()`, so the archive depth and size limits (docs/import-limits.md) cover the
/// whole export however it nests.
enum NestedZip {
    static func isArchiveName(_ name: String) -> Bool { name.hasSuffix(".zip") || name.hasSuffix(".ZIP") }

    /// The candidates inside the member archive; when it cannot be expanded (too deep, damaged,
    /// over a limit) the member itself, carrying the reason its import will report.
    static func expand(
        _ file: CandidateFile, member: ZipMember, limits: ImportLimits, budget: inout ArchiveBudget
    ) -> [CandidateFile] {
        do throws(ImportError.Reason) {
            var inner = try budget.nested()
            let limit = limits.memberLimit(named: member.name)
            let spilled = try SpilledArchive(member, limit: limit.bytes, bound: limit.bound)
            let members = try ZipDirectory.members(
                of: .spilled(spilled), archivePath: file.path, limits: limits, budget: &inner)
            let files = ZipExpansion.expand(
                members, archivePath: file.path, modifiedAt: file.modifiedAt, limits: limits, budget: &inner)
            budget.absorb(inner)
            return files
        } catch {
            var failed = file
            failed.refusal = error
            return [failed]
        }
    }
}
