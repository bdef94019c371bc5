import FilePaths
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the files to import under the given paths: folders recursively (hidden names skipped and listed),
/// links followed (a folder reached twice, as a link loop makes it, is walked once), a Strava
/// export's routes/ folder skipped and its activities.csv read as an index (its rows without a
/// file are manual entries), an Apple Health export's route files handed to its export.xml.
///
/// Every path given or found ends up in exactly one place of the result: a file to read, a
/// missing path, a refusal with its reason (FIFO, device, socket, broken link, unreadable folder,
/// a name that is not UTF-8, a damaged archive), or a note (a folder already walked).
enum FileWalker {
    /// What a walk found.
    struct Result: Sendable {
        var files: [CandidateFile] = []
        var missing: [String] = []
        var broken: [ImportError] = []
        /// Folders deliberately not read again: a link to a folder already walked (a link loop, or
        /// the same folder given twice).
        var alreadyWalked: [String] = []
        /// Files, folders and archive members deliberately not read (hidden, macOS metadata,
        /// planned routes), each listed in the import's summary.
        var passedOver: [SkippedEntry] = []
    }

    /// A folder's identity, whatever path or link reaches it.
    private struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    static func candidates(in paths: [String], limits: ImportLimits = .standard) -> Result {
        var walk = filesOnDisk(in: paths, limits: limits)
        var files: [CandidateFile] = []
        for file in walk.files {
            guard file.path.lowercased().hasSuffix(".zip") else {
                files.append(file)
                continue
            }
            do {
                for member in try ZipExpansion.members(of: file, limits: limits) {
                    if let reason = member.skipReason {
                        walk.passedOver.append(SkippedEntry(path: member.path, reason: reason))
                    } else {
                        files.append(member)
                    }
                }
            } catch {
                walk.broken.append(ImportError(error, path: file.path))
            }
        }
        walk.files = AppleHealthLayout.group(files)
        return walk
    }

    private static func filesOnDisk(in paths: [String], limits: ImportLimits) -> Result {
        var result = Result()
        var seenFiles = Set<String>()
        var walkedFolders = Set<FolderID>()
        for given in paths {
            let path = URL(fileURLWithPath: given).standardizedFileURL.path
            let status: stat
            switch lookUp(path) {
            case .found(let found): status = found
            case .missing:
                result.missing.append(given)
                continue
            case .failed(let reason):
                result.broken.append(ImportError(reason, path: path))
                continue
            }
            switch FileKind(mode: status.st_mode) {
            case .regular:
                if seenFiles.insert(path).inserted { result.files.append(candidate(path, status)) }
            case .directory:
                walkFolder(path, status, limits: limits, walked: &walkedFolders, seenFiles: &seenFiles, into: &result)
            case let kind:
                result.broken.append(ImportError(.notRegularFile(kind), path: path))
            }
        }
        return result
    }

    /// Walks one folder given on the command line, depth first, and adds its files sorted by path.
    private static func walkFolder(
        _ root: String, _ rootStatus: stat, limits: ImportLimits, walked: inout Set<FolderID>,
        seenFiles: inout Set<String>, into result: inout Result
    ) {
        var found: [CandidateFile] = []
        var stravaRoots: [String: [String: StravaActivity]] = [:]
        var stravaIndexes = Set<String>()
        var pending: [(path: String, status: stat)] = [(root, rootStatus)]
        while let next = pending.popLast() {
            let (folder, status) = next
            guard walked.insert(FolderID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))).inserted else {
                result.alreadyWalked.append(folder)
                continue
            }
            let names: [[UInt8]]
            do {
                names = try entries(of: folder)
            } catch {
                result.broken.append(ImportError(error, path: folder))
                continue
            }
            let isStravaRoot = isStravaExportRoot(folder)
            for raw in names {
                guard raw.first != UInt8(ascii: ".") else {
                    let shown = FilePath.join(folder, String(decoding: raw, as: UTF8.self))
                    result.passedOver.append(SkippedEntry(path: shown, reason: .hidden))
                    continue
                }
                guard let name = String(validating: raw, as: UTF8.self) else {
                    let shown = FilePath.join(folder, String(decoding: raw, as: UTF8.self))
                    result.broken.append(
                        ImportError(.unreadable(.nameNotUTF8), path: shown))
                    continue
                }
                let path = FilePath.join(folder, name)
                let entry: stat
                switch lookUp(path) {
                case .found(let found): entry = found
                case .missing:
                    // Listed a moment ago: deleted meanwhile.
                    result.broken.append(ImportError(.unreadable(.deletedDuringImport), path: path))
                    continue
                case .failed(let reason):
                    result.broken.append(ImportError(reason, path: path))
                    continue
                }
                switch FileKind(mode: entry.st_mode) {
                case .directory:
                    if name == "routes", isStravaRoot {
                        result.passedOver.append(SkippedEntry(path: path + "/", reason: .stravaRoute))
                        continue
                    }
                    pending.append((path, entry))
                case .regular:
                    if name == "activities.csv", isStravaRoot {
                        if stravaRoots[folder] == nil, Int64(entry.st_size) <= limits.maximumFileBytes,
                            let text = try? String(contentsOfFile: path, encoding: .utf8)
                        {
                            stravaRoots[folder] = StravaActivity.index(csvText: text, exportRoot: folder)
                        }
                        stravaIndexes.insert(path)
                    }
                    if seenFiles.insert(path).inserted { found.append(candidate(path, entry)) }
                case let kind:
                    result.broken.append(ImportError(.notRegularFile(kind), path: path))
                }
            }
        }
        let strava = stravaRoots.values.reduce(into: [String: StravaActivity]()) { $0.merge($1) { a, _ in a } }
        for var file in found.sorted(by: { $0.path < $1.path }) {
            file.stravaActivity = strava[file.path]
            file.isStravaIndex = stravaIndexes.contains(file.path)
            result.files.append(file)
        }
    }

    /// What `stat` says of a path, a link followed to its target.
    private enum Lookup {
        case found(stat)
        case missing
        case failed(ImportError.Reason)
    }

    private static func lookUp(_ path: String) -> Lookup {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            return errno == ENOENT || errno == ENOTDIR
                ? .missing : .failed(.unreadable(.system(String(cString: strerror(errno)))))
        }
        if FileKind(mode: status.st_mode) == .symbolicLink, stat(path, &status) != 0 { return .failed(.brokenLink) }
        return .found(status)
    }

    /// The raw names in a folder (bytes: a name need not be UTF-8), or why it cannot be listed.
    private static func entries(of folder: String) throws(ImportError.Reason) -> [[UInt8]] {
        guard let directory = opendir(folder) else { throw .unreadableFolder(String(cString: strerror(errno))) }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                Array(buffer.prefix { $0 != 0 })
            }
            if name == [0x2e] || name == [0x2e, 0x2e] { continue }
            names.append(name)
        }
        return names
    }

    /// A Strava bulk export's root holds activities.csv beside an activities/ folder.
    static func isStravaExportRoot(_ folder: String) -> Bool {
        var isDirectory: ObjCBool = false
        let manager = FileManager.default
        return manager.fileExists(atPath: folder + "/activities.csv")
            && manager.fileExists(atPath: folder + "/activities", isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func candidate(_ path: String, _ status: stat) -> CandidateFile {
        let modified = Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9
        return CandidateFile(path: path, size: Int64(status.st_size), modifiedAt: Date(timeIntervalSince1970: modified))
    }
}
