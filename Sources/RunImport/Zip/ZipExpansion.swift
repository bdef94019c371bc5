import FilePaths
import Foundation

/// Turns a .zip archive into the candidate files it holds, as if it had been unzipped: hidden and
/// macOS resource members marked as skipped (listed with their reason, never read), a Strava export inside it understood (activities.csv read as
/// the index and for its manual entries, routes/ skipped), archives inside it expanded (see NestedZip),
/// members whose names climb out of the archive listed as failures with their reason (never read,
/// never dropped in silence).
enum ZipExpansion {
    /// The candidates of the archive on disk, all of them (nested archives' included) within one
    /// `ArchiveBudget` of `limits`.
    static func members(of archive: CandidateFile, limits: ImportLimits = .standard) throws(ImportError.Reason)
        -> [CandidateFile]
    {
        var budget = limits.archiveBudget
        let listed = try ZipDirectory.members(
            of: .file(path: archive.path), archivePath: archive.path, limits: limits, budget: &budget)
        return expand(
            listed, archivePath: archive.path, modifiedAt: archive.modifiedAt, limits: limits, budget: &budget)
    }

    /// The candidates of an archive's listed members (named `archivePath` in their paths). Members
    /// that are themselves archives are expanded in turn with `budget.nested()` (see NestedZip).
    static func expand(
        _ listed: [ZipMember], archivePath: String, modifiedAt: Date?, limits: ImportLimits, budget: inout ArchiveBudget
    ) -> [CandidateFile] {
        var files: [CandidateFile] = []
        var members: [ZipMember] = []
        for member in listed {
            if let reason = skipReason(member.name) {
                var file = CandidateFile(
                    path: FilePath.join(archivePath, member.name), size: Int64(member.uncompressedSize),
                    modifiedAt: modifiedAt, zipMember: member)
                file.skipReason = reason
                files.append(file)
            } else {
                members.append(member)
            }
        }
        let names = Set(members.map(\.name))
        // Strava export roots inside the archive: a folder (or the root) holding activities.csv and activities/.
        var stravaRoots: [String: [String: StravaActivity]] = [:]
        for member in members where member.name == "activities.csv" || member.name.hasSuffix("/activities.csv") {
            let root = String(member.name.dropLast("activities.csv".count))
            guard names.contains(where: { $0.hasPrefix(root + "activities/") }),
                let bytes = try? member.bytes(limit: limits.maximumMemberBytes)
            else { continue }
            stravaRoots[root] = StravaActivity.index(
                csvText: String(decoding: bytes, as: UTF8.self), exportRoot: FilePath.join(archivePath, root))
        }
        let stravaIndexes = Set(stravaRoots.keys.map { $0 + "activities.csv" })
        files.reserveCapacity(files.count + members.count)
        for member in members {
            let path = FilePath.join(archivePath, member.name)
            if stravaRoots.keys.contains(where: { member.name.hasPrefix($0 + "routes/") }) {
                var file = CandidateFile(path: path, size: Int64(member.uncompressedSize), modifiedAt: modifiedAt)
                file.skipReason = .stravaRoute
                files.append(file)
                continue
            }
            let strava = stravaRoots.values.lazy.compactMap { $0[path] }.first
            var file = CandidateFile(
                path: path, size: Int64(member.uncompressedSize), modifiedAt: modifiedAt,
                stravaActivity: strava, zipMember: member)
            file.isStravaIndex = stravaIndexes.contains(member.name)
            if let reason = unsafeNameReason(member.name) {
                file.refusal = reason
                files.append(file)
            } else if NestedZip.isArchiveName(member.name) {
                files += NestedZip.expand(file, member: member, limits: limits, budget: &budget)
            } else {
                files.append(file)
            }
        }
        return files
    }

    /// Why a member is deliberately not read, by its name: a part in `__MACOSX` (macOS metadata)
    /// or starting with "." (hidden); "." and ".." are not hidden (".." is refused, see
    /// `unsafeNameReason`).
    static func skipReason(_ name: String) -> SkippedEntry.Reason? {
        let parts = name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        if parts.contains("__MACOSX") { return .macOSMetadata }
        if parts.contains(where: { $0.hasPrefix(".") && $0 != "." && $0 != ".." }) { return .hidden }
        return nil
    }

    /// Why a member's name is refused: one that climbs out of the folder it is unzipped in (a `..`
    /// part) or starts at the root (a slash, a backslash or a drive letter), as archives made to overwrite files
    /// are named. RunRamp unzips nothing to disk, but such a member is never a watch's export and its
    /// path would name a file outside the archive, so it is listed as failed rather than read.
    static func unsafeNameReason(_ name: String) -> ImportError.Reason? {
        let parts = name.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "\\" }
        let drive = name.count >= 2 && name.first?.isLetter == true && name.dropFirst().first == ":"
        if name.hasPrefix("/") || name.hasPrefix("\\") || drive {
            return .zip(.absoluteMemberName)
        }
        if parts.contains("..") {
            return .zip(.memberNameClimbsOut)
        }
        return nil
    }
}
