import Foundation

/// Turns a .zip archive into the candidate files it holds, as if it had been unzipped: hidden and
/// macOS resource members skipped, a Strava export inside it understood (activities.csv read as
/// the index and for its manual entries, routes/ skipped), archives inside it expanded (see NestedZip).
enum ZipExpansion {
    static func members(of archive: CandidateFile) throws(ImportError.Reason) -> [CandidateFile] {
        try expand(ZipDirectory.members(ofArchiveAt: archive.path), archivePath: archive.path, modifiedAt: archive.modifiedAt, depth: 1)
    }

    /// The candidates of an archive's members; `depth` is 1 for an archive on disk, 2 for one inside
    /// it… Members that are themselves archives are expanded in turn (see NestedZip).
    static func expand(
        _ listed: [ZipMember], archivePath: String, modifiedAt: Date?, depth: Int
    ) -> [CandidateFile] {
        let members = listed.filter { member in
            !member.name.split(separator: "/").contains { $0.hasPrefix(".") || $0 == "__MACOSX" }
        }
        let names = Set(members.map(\.name))
        // Strava export roots inside the archive: a folder (or the root) holding activities.csv and activities/.
        var stravaRoots: [String: [String: StravaActivity]] = [:]
        for member in members where member.name == "activities.csv" || member.name.hasSuffix("/activities.csv") {
            let root = String(member.name.dropLast("activities.csv".count))
            guard names.contains(where: { $0.hasPrefix(root + "activities/") }),
                let bytes = try? member.bytes()
            else { continue }
            stravaRoots[root] = StravaActivity.index(
                csvText: String(decoding: bytes, as: UTF8.self), exportRoot: archivePath + "/" + root)
        }
        let stravaIndexes = Set(stravaRoots.keys.map { $0 + "activities.csv" })
        var files: [CandidateFile] = []
        files.reserveCapacity(members.count)
        for member in members {
            if stravaRoots.keys.contains(where: { member.name.hasPrefix($0 + "routes/") }) { continue }
            let path = archivePath + "/" + member.name
            let strava = stravaRoots.values.lazy.compactMap { $0[path] }.first
            var file = CandidateFile(
                path: path, size: Int64(member.uncompressedSize), modifiedAt: modifiedAt,
                stravaActivity: strava, zipMember: member)
            file.isStravaIndex = stravaIndexes.contains(member.name)
            if NestedZip.isArchiveName(member.name) {
                files += NestedZip.expand(file, member: member, depth: depth)
            } else {
                files.append(file)
            }
        }
        return files
    }
}
