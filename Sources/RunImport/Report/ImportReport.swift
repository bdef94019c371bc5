import PrintableText
public import RunModel

/// What an import did: counts per outcome, every failure with its file and reason, and notes.
public struct ImportReport: Sendable, Hashable, Encodable {
    /// A file that could not be imported, and why (the reader's typed error); encoded as its path
    /// and its reason's text.
    public struct Failure: Sendable, Hashable, Encodable {
        public var error: ImportError

        public init(_ error: ImportError) {
            self.error = error
        }

        public var path: String { error.path }
        /// The reason as `--json` gives it: "12:7: …", "byte 40: …" or the message alone.
        public var reason: String { error.reasonText }

        private enum CodingKeys: String, CodingKey { case path, reason }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(reason, forKey: .reason)
        }
    }

    /// A remark about one file (e.g. a sport inferred from the pace).
    public typealias Note = FileRemark<ImportNote>
    /// A file (or CSV row) that is not an activity, and why.
    public typealias NotActivityFile = FileRemark<NotActivityReason>

    /// Regular files found (a CSV log counts once; its rows are counted in the outcomes below).
    public var filesSeen = 0
    public var imported = 0
    public var alreadyKnown = 0
    public var duplicates = 0
    public var notActivities = 0
    /// Of `imported`, the activities typed in by hand that an export lists without a file (Strava's
    /// activities.csv rows without a file).
    public var manualEntries = 0
    public var failures: [Failure] = []
    public var notes: [Note] = []
    /// Each file (or CSV row) counted in `notActivities`, with why it is not one ("empty file", "a
    /// planned route (no track)"), so no file leaves the report without its reason.
    public var notActivityFiles: [NotActivityFile] = []
    /// Files, folders and archive members deliberately not read (`__MACOSX/`, hidden names, a
    /// Strava export's routes/), each with its reason.
    public var skipped: [SkippedEntry] = []

    public init() {}

    /// True when every file failed: nothing was imported, known, linked as a duplicate or
    /// recognised as a non-activity. The commands then exit non-zero.
    public var failedEntirely: Bool {
        imported + alreadyKnown + duplicates + notActivities == 0 && !failures.isEmpty
    }

    /// Counts one recorded entry.
    public mutating func add(_ result: RecordOutcome, path: String, notes fileNotes: [ImportNote] = []) {
        var stored = false
        switch result {
        case .imported:
            imported += 1
            stored = true
        case .duplicate:
            duplicates += 1
            stored = true
        case .alreadyKnown: alreadyKnown += 1
        case .notActivity(let reason):
            notActivities += 1
            notActivityFiles.append(NotActivityFile(path: path, reason))
        case .failed(let problem): failures.append(Failure(ImportError(.implausible(problem), path: path)))
        }
        // Notes describe a run that is now in the log; a known or failed file has nothing to add.
        if stored { notes += fileNotes.map { Note(path: path, $0) } }
    }

    /// Counts one recorded entry, and it among the manual entries when it is one.
    public mutating func add(_ result: RecordOutcome, for file: IncomingFile) {
        add(result, path: file.path, notes: file.notes)
        if case .imported = result, case .run(let run) = file.content, run.source.format == .manual {
            manualEntries += 1
        }
    }

    /// The human summary printed after an import, one fact per line.
    public var summary: String {
        let manual = manualEntries > 0 ? " (\(manualEntries) manual entries)" : ""
        var lines = [
            "\(filesSeen) files seen: \(imported) imported\(manual), \(alreadyKnown) already known, \(duplicates) duplicates, "
                + "\(notActivities) not activities, \(failures.count) failed"
        ]
        lines += notes.map { "note: \(TerminalText.oneLine($0.path)): \(TerminalText.oneLine($0.message))" }
        lines += notActivityLines
        lines += SkippedEntry.lines(skipped)
        lines += failures.map(Self.line(for:))
        return lines.joined(separator: "\n")
    }

    /// The files that are not activities, one line per reason (a Garmin export holds thousands of
    /// monitoring files): "not an activity: a.jpg: not a FIT…", or with a count and one example.
    /// Grouped on the typed reason; `--json` lists every file.
    var notActivityLines: [String] {
        var order: [NotActivityReason] = []
        var byReason: [NotActivityReason: [String]] = [:]
        for file in notActivityFiles.sorted(by: { $0.path < $1.path }) {
            if byReason[file.remark] == nil { order.append(file.remark) }
            byReason[file.remark, default: []].append(file.path)
        }
        return order.map { reason in
            let paths = byReason[reason] ?? []
            let first = TerminalText.oneLine(paths.first ?? "")
            let text = TerminalText.oneLine(reason.description)
            return paths.count == 1
                ? "not an activity: \(first): \(text)"
                : "not activities (\(paths.count) files, e.g. \(first)): \(text)"
        }
    }

    /// One failure as printed: "failed: a.gpx:12:7: …" / "failed: a.fit: byte 40: …", on one line
    /// whatever control characters the file name or the reason hold.
    public static func line(for failure: Failure) -> String {
        let error = failure.error
        return "failed: "
            + ImportError.diagnostic(
                path: TerminalText.oneLine(error.path), location: error.location,
                message: TerminalText.oneLine(error.message))
    }
}

/// A file's path with a typed remark about it (an `ImportNote`, a `NotActivityReason`), encoded as
/// the path and the remark's one wording.
public struct FileRemark<Remark: CustomStringConvertible & Hashable & Sendable>: Sendable, Hashable, Encodable {
    public var path: String
    public var remark: Remark

    public init(path: String, _ remark: Remark) {
        self.path = path
        self.remark = remark
    }

    /// The remark's wording.
    public var message: String { remark.description }

    private enum CodingKeys: String, CodingKey { case path, message }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(message, forKey: .message)
    }
}

/// How far an import has got, for a progress bar.
public struct ImportProgress: Sendable, Hashable {
    public var completed: Int
    public var total: Int
    public var path: String
}
