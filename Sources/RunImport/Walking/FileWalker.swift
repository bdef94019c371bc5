import Foundation

/// Finds the files to import under the given paths: folders recursively (hidden files skipped),
/// a Strava export's routes/ folder skipped and its activities.csv read as an index (its rows
/// without a file are manual entries), an Apple Health export's route files handed to its export.xml.
enum FileWalker {
    static func candidates(in paths: [String]) -> (files: [CandidateFile], missing: [String], broken: [ImportError]) {
        let (found, missing, unreadable) = filesOnDisk(in: paths)
        var files: [CandidateFile] = []
        var broken: [ImportError] = unreadable
        for file in found {
            guard file.path.lowercased().hasSuffix(".zip") else {
                files.append(file)
                continue
            }
            do {
                files += try ZipExpansion.members(of: file)
            } catch {
                broken.append(ImportError(error, path: file.path))
            }
        }
        return (AppleHealthLayout.group(files), missing, broken)
    }

    private static func filesOnDisk(in paths: [String]) -> (
        files: [CandidateFile], missing: [String], unreadable: [ImportError]
    ) {
        var files: [CandidateFile] = []
        var missing: [String] = []
        var unreadable: [ImportError] = []
        var seen = Set<String>()
        let manager = FileManager.default
        let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey, .fileSizeKey, .contentModificationDateKey]
        for path in paths {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            guard isDirectory.boolValue else {
                if seen.insert(url.path).inserted, let file = candidate(url, keys: keys) { files.append(file) }
                continue
            }
            var found: [URL] = []
            var stravaRoots: [String: [String: StravaActivity]] = [:]
            var stravaIndexes = Set<String>()
            if let enumerator = manager.enumerator(at: url, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) {
                for case let item as URL in enumerator {
                    let values = try? item.resourceValues(forKeys: [.isDirectoryKey])
                    let parent = item.deletingLastPathComponent().path
                    if values?.isDirectory == true {
                        if item.lastPathComponent == "routes", isStravaExportRoot(parent) { enumerator.skipDescendants() }
                        continue
                    }
                    if item.lastPathComponent == "activities.csv", isStravaExportRoot(parent) {
                        if stravaRoots[parent] == nil, let text = try? String(contentsOf: item, encoding: .utf8) {
                            stravaRoots[parent] = StravaActivity.index(csvText: text, exportRoot: parent)
                        }
                        stravaIndexes.insert(item.standardizedFileURL.path)
                    }
                    found.append(item)
                }
            }
            let strava = stravaRoots.values.reduce(into: [String: StravaActivity]()) { $0.merge($1) { a, _ in a } }
            for item in found.sorted(by: { $0.path < $1.path }) {
                let standardized = item.standardizedFileURL
                guard seen.insert(standardized.path).inserted else { continue }
                guard var file = candidate(standardized, keys: keys) else {
                    // Found in the folder but gone by its name: a name that is not UTF-8 (Foundation
                    // cannot spell it), a broken link or a file deleted meanwhile. Said, never dropped.
                    if !manager.fileExists(atPath: standardized.path) {
                        unreadable.append(ImportError(
                            .unreadable("not found by its name (a name that is not UTF-8, a broken link, or deleted)"),
                            path: standardized.path))
                    }
                    continue
                }
                file.stravaActivity = strava[standardized.path]
                file.isStravaIndex = stravaIndexes.contains(standardized.path)
                files.append(file)
            }
        }
        return (files, missing, unreadable)
    }

    /// A Strava bulk export's root holds activities.csv beside an activities/ folder.
    static func isStravaExportRoot(_ folder: String) -> Bool {
        var isDirectory: ObjCBool = false
        let manager = FileManager.default
        return manager.fileExists(atPath: folder + "/activities.csv")
            && manager.fileExists(atPath: folder + "/activities", isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func candidate(_ url: URL, keys: [URLResourceKey]) -> CandidateFile? {
        guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { return nil }
        return CandidateFile(
            path: url.path, size: Int64(values.fileSize ?? 0), modifiedAt: values.contentModificationDate)
    }
}
