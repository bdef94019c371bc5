import Foundation
import PrintableText
import RunModel

/// A file, folder or archive member the import deliberately does not read, with why: listed in
/// the summary (grouped by reason and place where there are many), never passed over in silence.
public struct SkippedEntry: Sendable, Hashable, Encodable {
    /// Why an entry is not read.
    public enum Reason: String, Sendable, Hashable, Encodable, CaseIterable {
        /// In an archive's `__MACOSX/` folder: the resource forks macOS Finder adds when it zips.
        case macOSMetadata
        /// A name starting with "." (`.DS_Store`, an editor's backup, a `.git` folder).
        case hidden
        /// In a Strava export's `routes/` folder: planned routes, not activities.
        case stravaRoute

        /// One entry's reason, after its path.
        public var text: String {
            switch self {
            case .macOSMetadata: "macOS metadata (__MACOSX/): skipped"
            case .hidden: "a hidden name (starts with \".\"): skipped"
            case .stravaRoute: "a planned route of a Strava export (routes/), not an activity: skipped"
            }
        }

        /// The reason for `count` entries of one place, after its path.
        func text(count: Int) -> String {
            switch self {
            case .macOSMetadata: "\(count) macOS metadata files skipped"
            case .hidden: "\(count) hidden names (starting with \".\") skipped"
            case .stravaRoute: "\(count) planned routes of a Strava export skipped (not activities)"
            }
        }
    }

    /// The entry: "export.zip/__MACOSX/._1.gpx", "runs/.DS_Store".
    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// Where entries are counted together: the `__MACOSX/` or `routes/` folder they are in, the
    /// folder (or archive) holding a hidden name.
    var place: String {
        let marker: String? =
            switch reason {
            case .macOSMetadata: "__MACOSX/"
            case .stravaRoute: "routes/"
            case .hidden: nil
            }
        if let marker, let range = path.range(of: marker) { return String(path[..<range.upperBound]) }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// The summary's lines: one per entry where a place holds one, else one per place and reason
    /// with the count ("skipped: export.zip/__MACOSX/: 120 macOS metadata files skipped").
    static func lines(_ entries: [SkippedEntry]) -> [String] {
        var order: [String] = []
        var groups: [String: [SkippedEntry]] = [:]
        for entry in entries.sorted(by: { $0.path < $1.path }) {
            let key = entry.reason.rawValue + "\u{0}" + entry.place
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(entry)
        }
        return order.compactMap { key in
            guard let group = groups[key], let first = group.first else { return nil }
            return group.count == 1
                ? "skipped: \(TerminalText.oneLine(first.path)): \(first.reason.text)"
                : "skipped: \(TerminalText.oneLine(first.place)): \(first.reason.text(count: group.count))"
        }
    }
}
