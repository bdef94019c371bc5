import FIT
import Foundation
import GPX
import RunModel

/// Splits a file holding several activities into one run per activity, each read by the
/// single-activity adapter from a copy of the file that holds only that activity.
///
/// A TCX `<Activity>` (also inside `<MultiSportSession>`) is one activity; in a FIT file each
/// `session` message is one (transitions excepted), with the records and laps of its time span.
/// Files with one activity never come here, so the common path does no extra work.
enum MultiActivityAdapter {
    /// One run per TCX `<Activity>` when there are several; nil for one (the caller adapts the file as a whole).
    static func adaptTCX(_ document: GPXDocument, source: RunSource, maximumRuns: Int) -> AdaptedFile? {
        guard document.format == .tcx, document.tracks.count > 1 else { return nil }
        let parts = document.tracks.prefix(max(1, maximumRuns)).map { track -> AdaptedFile in
            var single = document
            single.tracks = [track]
            return GPXRunAdapter.adapt(single, source: source)
        }
        return legs(parts, source: source, leftOut: document.tracks.count - parts.count)
    }

    /// One run per session of a multisport FIT file (`all` its session messages); nil when it has
    /// one activity.
    static func adaptFIT(_ file: FITFile, sessions all: [FITMessage], source: RunSource, maximumRuns: Int)
        -> AdaptedFile?
    {
        // A session written twice (a chained file repeating it) is still one activity.
        var seen = Set<[Double?]>()
        var sessions = all.filter { message in
            guard message.text(FITFieldID.Session.sport) != "transition" else { return false }
            let key = [
                FITFieldID.Session.startTime, FITFieldID.Session.totalElapsedTime, FITFieldID.Session.totalDistance,
            ]
            .map { message.number($0) }
            return seen.insert(key).inserted
        }
        guard sessions.count > 1 else { return nil }
        let leftOut = max(0, sessions.count - max(1, maximumRuns))
        sessions.removeLast(leftOut)
        let spans = sessions.map { session -> ClosedRange<Double>? in
            guard let start = session.number(FITFieldID.Session.startTime) else { return nil }
            let end =
                session.number(FITFieldID.Session.timestamp) ?? start
                + (session.number(FITFieldID.Session.totalElapsedTime) ?? 0)
            return start...max(start, end)
        }
        // The single-activity adapter reads only the first file_id and the first activity message
        // of what is shared, and the watch's heart-rate settings (at most three messages); copying
        // every shared message into every leg made a file of n chained activities cost n² (a
        // 20,000-session file took minutes).
        let shared =
            [FITMessageNumber.fileId, FITMessageNumber.activity].compactMap { number in
                file.messages.first { $0.globalNumber == number }
            } + WatchHeartRateReader.messages(in: file.messages)
        let timed = SpanIndex(spans)
        var perLeg = Array(repeating: [FITMessage](), count: sessions.count)
        for message in file.messages {
            let isLap = message.globalNumber == FITMessageNumber.lap
            guard isLap || message.globalNumber == FITMessageNumber.record,
                let time = message.number(isLap ? FITFieldID.Lap.startTime : FITFieldID.Record.timestamp)
            else { continue }
            timed.forEach(containing: time) { perLeg[$0].append(message) }
        }
        let parts = sessions.indices.map { index -> AdaptedFile in
            var single = file
            single.messages = shared + [sessions[index]] + perLeg[index]
            return FITRunAdapter.adaptSingle(single, sessions: [sessions[index]], source: source)
        }
        return legs(parts, source: source, leftOut: leftOut)
    }

    /// The runs of the parts, each with its own id; parts that are no activity are left out (and
    /// said in the first run's notes, as are the `leftOut` activities past the cap on runs per
    /// file), and when none is an activity the file is not one.
    private static func legs(_ parts: [AdaptedFile], source: RunSource, leftOut: Int = 0) -> AdaptedFile {
        var legs: [ActivityLeg] = []
        var skipped: [SkippedActivity] = []
        for (index, part) in parts.enumerated() {
            switch part {
            case .run(var run, let notes):
                run.id = legID(fileHash: source.contentHash, index: legs.count)
                run.source.path = legPath(source.path, index: legs.count)
                run.source.contentHash = legHash(fileHash: source.contentHash, index: legs.count)
                legs.append(ActivityLeg(run: run, notes: notes))
            case .notActivity(let reason):
                skipped.append(
                    SkippedActivity(number: index + 1, count: parts.count + leftOut, why: .notActivity(reason)))
            case .failed(let reason):
                skipped.append(
                    SkippedActivity(
                        number: index + 1, count: parts.count + leftOut,
                        why: .unreadable(reason)))
            case .legs(let inner):
                legs += inner
            }
        }
        guard !legs.isEmpty else {
            return .notActivity(skipped.first.map(NotActivityReason.noActivityOf) ?? .noActivityInFile)
        }
        legs[0].notes += skipped.map(ImportNote.activitySkipped)
        if leftOut > 0 { legs[0].notes.append(.activitiesLeftOut(kept: parts.count, of: parts.count + leftOut)) }
        return legs.count == 1 ? .run(legs[0].run, notes: legs[0].notes) : .legs(legs)
    }

    /// The fingerprint of leg `index` (0-based): the file's own for the first, so a re-import of the
    /// file is recognised before decoding; a digest of the file's and the leg number for the others.
    static func legHash(fileHash: String, index: Int) -> String {
        index == 0 ? fileHash : ContentHash.sha256Hex(Array("\(fileHash)|leg \(index + 1)".utf8))
    }

    /// The run id of leg `index`: the prefix of its fingerprint, as for a file with one activity.
    static func legID(fileHash: String, index: Int) -> String {
        String(legHash(fileHash: fileHash, index: index).prefix(16))
    }

    /// Where leg `index` is said to come from: the file itself for the first, "file#2"… for the others.
    static func legPath(_ path: String, index: Int) -> String {
        index == 0 ? path : "\(path)#\(index + 1)"
    }
}
