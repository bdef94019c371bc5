import Foundation
import RunModel

/// Reads one candidate file: sniff, gunzip, hash, and (unless the hash is known) decode.
/// Synchronous and self-contained, so `Importer` can run many at once.
enum FileReader {
    /// The result of reading one file on disk.
    enum Outcome: Sendable {
        /// The content hash is already in the log: nothing decoded.
        case alreadyKnown
        /// Not a workout file at all (a photo, a JSON…): counted, never recorded.
        case notWorkoutFile(reason: NotActivityReason)
        /// Could not be read, unpacked or decoded (the reader's typed error, with where it stopped).
        case unreadable(ImportError)
        /// One entry per file (or per leg of a file of many activities), and the parts that could not be read.
        case read([IncomingFile], failures: [ImportError] = [])
        /// A CSV log: its rows, read as they are recorded.
        case csvLog(CSVLogFile)
    }

    static func read(_ file: CandidateFile, knownHashes: Set<String>, limits: ImportLimits = .standard) -> Outcome {
        if let refusal = file.refusal { return .unreadable(ImportError(refusal, path: file.path)) }
        if let layout = file.appleHealth {
            return AppleHealthImport.read(file, layout: layout, knownHashes: knownHashes, limits: limits)
        }
        let data: Data
        do {
            data = try contents(of: file, limits: limits)
        } catch {
            return .unreadable(ImportError(error, path: file.path))
        }
        if file.isStravaIndex { return StravaManualEntries.outcome(file, bytes: data) }
        var format = FileFormat.sniff(data)
        var bytes: Data = data
        if format == .gzip {
            do {
                let result = data.withUnsafeBytes { buffer in
                    Result { () throws(ImportError.Reason) in
                        try Gunzip.inflate(buffer, limit: limits.maximumMemberBytes, stopUnlessWorkout: true)
                    }
                }
                bytes = try result.get()
            } catch {
                return .unreadable(ImportError(error, path: file.path))
            }
            format = FileFormat.sniff(bytes)
            if format == .empty { return .notWorkoutFile(reason: .emptyInGzip) }
            if format == .gzip || format == .zip || format == .unknown {
                return .notWorkoutFile(reason: .noWorkoutInGzip)
            }
        }
        switch format {
        case .empty:
            return .notWorkoutFile(reason: .emptyFile)
        case .unknown:
            return .notWorkoutFile(reason: .unknownFormat)
        case .gzip:
            return .notWorkoutFile(reason: .nestedGzip)
        case .zip:
            let reason: ImportError.Reason =
                file.zipMember == nil
                ? .zip(.withoutZipExtension) : .zipNotSupported
            return .unreadable(ImportError(reason, path: file.path))
        case .csvLog:
            return .csvLog(CSVLogFile(path: file.path, text: String(decoding: bytes, as: UTF8.self)))
        case .fit, .gpx, .tcx:
            let hash = bytes.withUnsafeBytes { ContentHash.sha256Hex($0) }
            if knownHashes.contains(hash) { return .alreadyKnown }
            let source = RunSource(
                path: file.path, format: format == .fit ? .fit : format == .tcx ? .tcx : .gpx, contentHash: hash)
            var adapted = ParserDispatch.decode(bytes, format: format, source: source, limits: limits)
            if case .run(var run, var notes) = adapted, let strava = file.stravaActivity {
                run.name = strava.name ?? run.name
                if let type = strava.type, let sport = SportMapping.sport(named: type) {
                    run.sport = sport
                    notes.removeAll(where: \.isSportGuess)
                }
                adapted = .run(run, notes: notes)
            }
            switch adapted {
            case .run(let run, let notes):
                let (content, checkedNotes) = checked(run, notes: notes)
                return .read([entry(file, hash: hash, content: content, notes: checkedNotes)])
            case .legs(let legs):
                let entries = legs.enumerated().map { index, leg in
                    let (content, notes) = checked(leg.run, notes: leg.notes)
                    return IncomingFile(
                        path: leg.run.source.path, contentHash: leg.run.source.contentHash,
                        size: index == 0 ? file.size : nil, modifiedAt: index == 0 ? file.modifiedAt : nil,
                        content: content, notes: notes)
                }
                return .read(entries)
            case .notActivity(let reason):
                return .read([entry(file, hash: hash, content: .notActivity(reason: reason))])
            case .failed(let reason):
                return .unreadable(ImportError(reason, path: file.path))
            }
        }
    }

    /// The file's bytes: a zip member inflated (within the member limit), a file on disk mapped
    /// after checking on its descriptor that it is a regular file within the file-size limit.
    static func contents(of file: CandidateFile, limits: ImportLimits) throws(ImportError.Reason) -> Data {
        if let member = file.zipMember {
            // The first chunk first: a member that cannot be a workout is not inflated whole.
            let head = try member.head()
            guard FileFormat.mayHoldWorkout(head) else { return Data(head) }
            return try member.bytes(limit: limits.maximumMemberBytes)
        }
        let opened = try OpenedFile(path: file.path)
        try opened.check(atMost: limits.maximumFileBytes, .fileSize)
        return try opened.mapped()
    }

    /// Values no body or watch produces: the run is refused, or the figure dropped with a note.
    static func checked(_ run: Run, notes: [ImportNote]) -> (IncomingFile.Content, [ImportNote]) {
        switch PlausibleValues.check(run) {
        case .plausible(let checked, let dropped): (.run(checked), notes + dropped.map(ImportNote.valueDropped))
        case .implausible(let problem): (.failed(problem), notes)
        }
    }

    private static func entry(
        _ file: CandidateFile, hash: String, content: IncomingFile.Content, notes: [ImportNote] = []
    )
        -> IncomingFile
    {
        IncomingFile(
            path: file.path, contentHash: hash, size: file.size, modifiedAt: file.modifiedAt, content: content,
            notes: notes)
    }
}
