import FilePaths
import Foundation

/// Where zone data and the user's zone come from: `TZDIR` (default /usr/share/zoneinfo), then
/// `TZ`, then the system's /etc/localtime. The environment is passed in, never read behind the
/// caller's back, so tests choose the zone.
public struct SystemZone: Sendable {
    /// The folder of TZif files.
    public var directory: String
    /// `TZ` as the environment gives it, if set and not empty.
    public var tzVariable: String?
    /// The system's zone link (a symbolic link into the zone folder on Linux and macOS).
    public var localtimePath: String

    public init(environment: [String: String], localtimePath: String = "/etc/localtime") {
        directory = environment["TZDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/share/zoneinfo"
        tzVariable = environment["TZ"].flatMap { $0.isEmpty ? nil : $0 }
        self.localtimePath = localtimePath
    }

    /// The rules of `identifier`, or of the user's zone when it is nil.
    public func rules(_ identifier: String? = nil) throws(ZoneInfoError) -> TimeZoneRules {
        let name: String
        if let identifier { name = identifier } else { name = try userZoneIdentifier() }
        return try TimeZoneRules.load(identifier: name, directory: directory)
    }

    /// The user's zone name. `TZ` is read as the C library reads it — `Europe/Berlin`, `:Europe/Berlin`,
    /// `/usr/share/zoneinfo/Europe/Berlin` — because Foundation takes the last two for UTC, which
    /// would shift every date silently. A `TZ` that names no zone file (a POSIX rule such as
    /// `CET-1CEST,M3.5.0,M10.5.0/3`) is refused. Without `TZ`, the zone /etc/localtime links to.
    public func userZoneIdentifier() throws(ZoneInfoError) -> String {
        guard var name = tzVariable else { return systemZoneIdentifier() }
        if name.hasPrefix(":") { name.removeFirst() }
        let folder = FilePath.join(directory, "")
        if name.hasPrefix(folder) {
            name.removeFirst(folder.count)
        } else if name.hasPrefix("/"), let range = name.range(of: "/zoneinfo/") {
            name = String(name[range.upperBound...])
        }
        var isFolder: ObjCBool = false
        guard !name.hasPrefix("/"), FileManager.default.fileExists(atPath: folder + name, isDirectory: &isFolder),
            !isFolder.boolValue
        else {
            throw ZoneInfoError(.unknownTimeZone(name), at: "TZ")
        }
        return name
    }

    /// The zone /etc/localtime links to ("…/zoneinfo/Europe/Berlin" → "Europe/Berlin"); the name
    /// Foundation reports when it is not such a link.
    func systemZoneIdentifier() -> String {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: localtimePath),
            let range = target.range(of: "zoneinfo/")
        {
            let name = String(target[range.upperBound...])
            if !name.isEmpty, !name.hasPrefix("/") {
                return name.hasPrefix("posix/") ? String(name.dropFirst(6)) : name
            }
        }
        return TimeZone.current.identifier
    }

    /// The user's UTC offset at `instant` (seconds since 1970): the zone `TZ` names, as a zone file or
    /// as a POSIX rule (`UTC0`, `CET-1CEST,M3.5.0,M10.5.0/3`), else the system's zone. A `TZ` that is
    /// neither throws: the C library would silently take it for UTC, and "today" would be wrong for
    /// hours of every day. Without `TZ`, the offset Foundation reports when the zone data cannot be read.
    public func checkedUserOffset(at instant: Int64) throws(ZoneInfoError) -> Int {
        if let rules = try? rules() { return rules.type(at: instant).utcOffsetSeconds }
        if let tzVariable {
            guard let rule = POSIXTimeZoneRule(tzVariable) else {
                throw ZoneInfoError(.unknownTimeZone(tzVariable), at: "TZ")
            }
            let rules = TimeZoneRules(identifier: tzVariable, initial: rule.standard, transitions: [], footer: rule)
            return rules.type(at: instant).utcOffsetSeconds
        }
        return TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
    }

    /// As `checkedUserOffset`, with UTC when `TZ` names no zone (the import's last resort for a run
    /// without offset or position; it notes `tzProblem` on such a run).
    public func userOffset(at instant: Int64) -> Int {
        (try? checkedUserOffset(at: instant)) ?? 0
    }

    /// Why `TZ` names no zone (neither a zone file nor a POSIX rule); nil when it does or is not set.
    public var tzProblem: ZoneInfoError? {
        do {
            _ = try checkedUserOffset(at: 0)
            return nil
        } catch {
            return error
        }
    }
}
