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
        case notWorkoutFile(reason: String)
        /// Could not even be read or hashed.
        case unreadable(ImportError)
        /// One entry per file (or per row of a CSV log).
        case read([IncomingFile])
    }

    static func read(_ file: CandidateFile, knownHashes: Set<String>) -> Outcome {
        if let failure = file.nestedArchiveFailure { return .unreadable(ImportError(failure, path: file.path)) }
        if let layout = file.appleHealth { return AppleHealthImport.read(file, layout: layout, knownHashes: knownHashes) }
        let data: Data
        if let member = file.zipMember {
            do {
                data = Data(try member.bytes())
            } catch {
                return .unreadable(ImportError(error, path: file.path))
            }
        } else {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file.path), options: .mappedIfSafe)
            } catch {
                return .unreadable(ImportError(.unreadable(error.localizedDescription), path: file.path))
            }
        }
        if file.isStravaIndex { return StravaManualEntries.outcome(file, bytes: data) }
        var format = FileFormat.sniff(data.prefix(4_096))
        var bytes: Data = data
        if format == .gzip {
            do {
                bytes = Data(try Gunzip.inflate([UInt8](data)))
            } catch {
                return .read([entry(file, hash: ContentHash.sha256Hex([UInt8](data)), content: .failed(reason: ImportError(error, path: file.path).reasonText))])
            }
            format = FileFormat.sniff(bytes.prefix(4_096))
            if format == .gzip || format == .zip || format == .unknown {
                return .notWorkoutFile(reason: "a .gz file that holds no FIT, GPX, TCX or CSV log")
            }
        }
        switch format {
        case .unknown:
            return .notWorkoutFile(reason: "not a FIT, GPX, TCX or CSV log file")
        case .gzip:
            return .notWorkoutFile(reason: "nested gzip")
        case .zip:
            let reason: ImportError.Reason = file.zipMember == nil
                ? .zip("a zip archive without the .zip extension: rename it to .zip") : .zipNotSupported
            return .unreadable(ImportError(reason, path: file.path))
        case .csvLog:
            let entries = csvEntries(file, text: String(decoding: bytes, as: UTF8.self))
            // A header and no rows yet: counted, so the summary's figures add up to the files seen.
            return entries.isEmpty ? .notWorkoutFile(reason: "a CSV log without rows") : .read(entries)
        case .fit, .gpx, .tcx:
            let hash = bytes.withUnsafeBytes { ContentHash.sha256Hex($0) }
            if knownHashes.contains(hash) { return .alreadyKnown }
            let source = RunSource(path: file.path, format: format == .fit ? .fit : format == .tcx ? .tcx : .gpx, contentHash: hash)
            var adapted = ParserDispatch.decode(bytes, format: format, source: source)
            if case .run(var run, var notes) = adapted, let strava = file.stravaActivity {
                run.name = strava.name ?? run.name
                if let type = strava.type, let sport = SportMapping.sport(named: type) {
                    run.sport = sport
                    notes.removeAll { $0.hasPrefix("no activity type") }
                }
                adapted = .run(run, notes: notes)
            }
            switch adapted {
            case .run(let run, let notes):
                return .read([entry(file, hash: hash, content: .run(run.withFiniteFigures()), notes: notes)])
            case .legs(let legs):
                return .read(legs.enumerated().map { index, leg in
                    IncomingFile(
                        path: leg.run.source.path, contentHash: leg.run.source.contentHash,
                        size: index == 0 ? file.size : nil, modifiedAt: index == 0 ? file.modifiedAt : nil,
                        content: .run(leg.run.withFiniteFigures()), notes: leg.notes)
                })
            case .notActivity(let reason):
                return .read([entry(file, hash: hash, content: .notActivity(reason: reason))])
            case .failed(let reason):
                return .read([entry(file, hash: hash, content: .failed(reason: ImportError(reason, path: file.path).reasonText))])
            }
        }
    }

    private static func entry(_ file: CandidateFile, hash: String, content: IncomingFile.Content, notes: [String] = []) -> IncomingFile {
        IncomingFile(path: file.path, contentHash: hash, size: file.size, modifiedAt: file.modifiedAt, content: content, notes: notes)
    }

    /// A CSV log: one entry per row, each fingerprinted on its own so a growing log imports only new rows.
    private static func csvEntries(_ file: CandidateFile, text: String) -> [IncomingFile] {
        CSVLogReader.read(text).map { row in
            let path = "\(file.path):\(row.line)"
            switch row.result {
            case .success(let manual):
                let hash = manual.contentHash
                return IncomingFile(path: path, contentHash: hash, size: nil, modifiedAt: nil, content: .run(manual.run(path: path, format: .csv)), notes: [])
            case .failure(let reason):
                return IncomingFile(
                    path: path, contentHash: ContentHash.sha256Hex(Array("csv-row|\(path)".utf8)), size: nil, modifiedAt: nil,
                    content: .failed(reason: ImportError(reason, path: path).reasonText), notes: [])
            }
        }
    }
}
