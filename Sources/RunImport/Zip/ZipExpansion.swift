import Foundation

/// Turns a .zip archive into the candidate files it holds, as if it had been unzipped: hidden and
/// macOS resource members skipped, a Strava export inside it understood (activities.csv read as
/// the index, routes/ skipped).
enum ZipExpansion {
    static func members(of archive: CandidateFile, limits: ImportLimits = .standard) throws(ImportError.Reason) -> [CandidateFile] {
        var budget = limits.archiveBudget
        let listed = try ZipDirectory.members(of: .file(path: archive.path), archivePath: archive.path, limits: limits, budget: &budget)
        let members = listed.filter { member in
            !member.name.split(separator: "/").contains { $0.hasPrefix(".") || $0 == "__MACOSX" }
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
                csvText: String(decoding: bytes, as: UTF8.self), exportRoot: archive.path + "/" + root)
        }
        return members.compactMap { member in
            for root in stravaRoots.keys {
                if member.name == root + "activities.csv" || member.name.hasPrefix(root + "routes/") { return nil }
            }
            let path = archive.path + "/" + member.name
            let strava = stravaRoots.values.lazy.compactMap { $0[path] }.first
            return CandidateFile(
                path: path, size: Int64(member.uncompressedSize), modifiedAt: archive.modifiedAt,
                stravaActivity: strava, zipMember: member)
        }
    }
}
