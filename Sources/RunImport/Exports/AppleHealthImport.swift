import Foundation
import GPX
import RunModel

/// Imports an Apple Health export's export.xml: one entry per `<Workout>` (streamed, see
/// AppleHealthReader), each with the track of the route file it references; then the route files no
/// workout references, as GPX files. See docs/import-exports.md.
enum AppleHealthImport {
    /// export.xml is streamed, in an archive or on disk, within `limits.maximumHealthExportBytes`
    /// (it may be far larger than the member and file limits, which do not apply to it).
    static func read(
        _ file: CandidateFile, layout: AppleHealthLayout, knownHashes: Set<String>, limits: ImportLimits
    ) -> FileReader.Outcome {
        let reader = AppleHealthReader()
        var parseError: GPXError?
        var readError: ImportError.Reason?
        if let member = file.zipMember {
            do {
                let limit = limits.memberLimit(named: member.name)
                try member.stream(limit: limit.bytes, bound: limit.bound) { chunk in
                    if let error = push(chunk, to: reader) {
                        parseError = error
                        throw StopReading()
                    }
                }
            } catch {
                if parseError == nil { readError = error }
            }
        } else {
            do {
                try streamFromDisk(file.path, limit: limits.maximumHealthExportBytes) { chunk in
                    parseError = push(chunk, to: reader)
                    return parseError == nil
                }
            } catch {
                readError = error
            }
        }
        if parseError == nil, readError == nil {
            do throws(GPXError) { _ = try reader.finish() } catch { parseError = error }
        }
        if case .notHealthExport? = parseError?.reason {
            // An export.xml that is not Health's: read as any file, its "routes" too.
            var plain = file
            plain.appleHealth = nil
            return merge(
                FileReader.read(plain, knownHashes: knownHashes, limits: limits), routes: Array(layout.routes.values),
                knownHashes: knownHashes, limits: limits)
        }
        var entries: [IncomingFile] = []
        var failures: [ImportError] = []
        var referenced = Set<String>()
        for workout in reader.workouts {
            referenced.formUnion(workout.routePaths)
            entries.append(entry(for: workout, file: file, layout: layout, knownHashes: knownHashes, limits: limits))
        }
        if let problem = readError ?? parseError.map(ImportError.Reason.gpx) {
            failures.append(
                ImportError(
                    reader.workouts.isEmpty ? problem : .afterWorkouts(reader.workouts.count, problem), path: file.path)
            )
        }
        let unreferenced = layout.routes.filter { !referenced.contains($0.key) }.sorted { $0.key < $1.key }.map(\.value)
        let outcome: FileReader.Outcome =
            entries.isEmpty && failures.isEmpty
            ? .notWorkoutFile(reason: .appleHealthWithoutWorkouts) : .read(entries, failures: failures)
        return merge(outcome, routes: unreferenced, knownHashes: knownHashes, limits: limits)
    }

    /// Reads the file at `path` in chunks of 1 MiB (not mapped: a mapping of a file of gigabytes
    /// would stay resident as it is read), opened as `OpenedFile` (a FIFO or device is refused), at
    /// most `limit` bytes; `consume` returns false to stop.
    private static func streamFromDisk(
        _ path: String, limit: Int, _ consume: (UnsafeRawBufferPointer) -> Bool
    ) throws(ImportError.Reason) {
        let opened = try OpenedFile(path: path)
        try opened.check(atMost: Int64(limit), .appleHealthExport)
        var offset: Int64 = 0
        while offset < opened.size {
            let chunk = try opened.read(at: offset, count: Int(min(Int64(1 << 20), opened.size - offset)))
            offset += Int64(chunk.count)
            guard chunk.withUnsafeBytes(consume) else { return }
        }
    }

    /// Hands the bytes to the reader; the error that stops it, if any.
    private static func push(_ bytes: UnsafeRawBufferPointer, to reader: AppleHealthReader) -> GPXError? {
        do throws(GPXError) {
            try reader.push(bytes)
            return nil
        } catch {
            return error
        }
    }

    /// Thrown from the stream's consumer to stop reading once the XML is known to be bad.
    private struct StopReading: Error {}

    /// The fingerprint of a workout: its type, times and source, the same in every later export.
    static func contentHash(_ workout: HealthWorkout) -> String {
        let key =
            "apple-health|\(workout.activityType)|\(workout.start.timeIntervalSince1970)|"
            + "\(workout.end.timeIntervalSince1970)|\(workout.sourceName ?? "")"
        return ContentHash.sha256Hex(Array(key.utf8))
    }

    private static func entry(
        for workout: HealthWorkout, file: CandidateFile, layout: AppleHealthLayout, knownHashes: Set<String>,
        limits: ImportLimits
    ) -> IncomingFile {
        let hash = contentHash(workout)
        let path = "\(file.path):\(workout.line)"
        let elapsed = max(0, workout.end.timeIntervalSince(workout.start))
        var run = Run(
            id: String(hash.prefix(16)),
            source: RunSource(
                path: path, format: .appleHealth, contentHash: hash, device: workout.deviceName ?? workout.sourceName),
            sport: AppleHealthSport.sport(activityType: workout.activityType, isIndoor: workout.isIndoor),
            start: workout.start, utcOffsetSeconds: workout.startOffsetSeconds, elapsedSeconds: elapsed,
            movingSeconds: min(workout.durationSeconds ?? elapsed, max(elapsed, workout.durationSeconds ?? 0)),
            distanceMeters: workout.distanceMeters ?? 0, averageHeartRate: workout.averageHeartRate,
            maxHeartRate: workout.maxHeartRate)
        var notes: [ImportNote] = []
        // A workout already in the log is not read again, route included.
        if !knownHashes.contains(hash), let routePath = workout.routePaths.first {
            if let route = layout.routes[routePath] ?? routeOnDisk(routePath, beside: file) {
                switch track(of: route, limits: limits) {
                case .track(let track):
                    run.samples = track.samples
                    run.elevationGainMeters = track.elevationGainMeters
                    run.elevationLossMeters = track.elevationLossMeters
                    run.averageHeartRate = run.averageHeartRate ?? track.averageHeartRate
                    run.maxHeartRate = run.maxHeartRate ?? track.maxHeartRate
                    if workout.distanceMeters == nil { run.distanceMeters = track.distanceMeters }
                case .unreadable(let reason):
                    notes.append(.routeNotRead(path: routePath, reason: reason))
                }
            } else {
                notes.append(.routeMissing(path: routePath))
            }
        }
        if workout.distanceMeters == nil, run.samples.isEmpty { notes.append(.noDistance) }
        let (content, checkedNotes) = FileReader.checked(run, notes: notes)
        return IncomingFile(path: path, contentHash: hash, content: content, notes: checkedNotes)
    }

    /// The route file beside an export.xml imported on its own (not from a zip, not with its folder).
    private static func routeOnDisk(_ routePath: String, beside file: CandidateFile) -> CandidateFile? {
        guard file.zipMember == nil, !routePath.contains("..") else { return nil }
        let path = URL(fileURLWithPath: file.path).deletingLastPathComponent().path + routePath
        guard let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value
        else { return nil }
        return CandidateFile(path: path, size: size, modifiedAt: nil)
    }

    /// A route file read as a GPX track, or why not.
    private enum RouteTrack {
        case track(Run)
        case unreadable(ImportNote.RouteProblem)
    }

    /// The route file read as a GPX track (the only parse of its bytes).
    private static func track(of route: CandidateFile, limits: ImportLimits) -> RouteTrack {
        let data: Data
        do {
            data = try FileReader.contents(of: route, limits: limits)
        } catch {
            return .unreadable(.unreadableFile(ImportError(error, path: route.path)))
        }
        let source = RunSource(path: route.path, format: .gpx, contentHash: "")
        switch ParserDispatch.decode(data, format: .gpx, source: source, limits: limits) {
        case .run(let run, _): return .track(run)
        case .legs(let legs): return legs.first.map { .track($0.run) } ?? .unreadable(.noTrack)
        case .notActivity(let reason): return .unreadable(.notActivity(reason))
        case .failed(let reason): return .unreadable(.undecodable(ImportError(reason, path: route.path)))
        }
    }

    /// The outcome with the routes no workout references read as files of their own, each counted
    /// once in the report whatever it turns out to be.
    private static func merge(
        _ outcome: FileReader.Outcome, routes: [CandidateFile], knownHashes: Set<String>, limits: ImportLimits
    ) -> FileReader.Outcome {
        guard !routes.isEmpty else { return outcome }
        var entries: [IncomingFile] = []
        var failures: [ImportError] = []
        if case .read(let own, let ownFailures) = outcome {
            entries = own
            failures = ownFailures
        }
        for route in routes {
            // Stands for the route in the report when reading it gives no entry of its own.
            func standIn(_ content: IncomingFile.Content) -> IncomingFile {
                IncomingFile(
                    path: route.path,
                    contentHash: ContentHash.sha256Hex(Array("apple-health-route|\(route.path)".utf8)), content: content
                )
            }
            switch FileReader.read(route, knownHashes: knownHashes, limits: limits) {
            case .read(let more, let moreFailures):
                entries += more
                failures += moreFailures
            case .csvLog(let log):
                var rows = 0
                for row in log {
                    rows += 1
                    switch row {
                    case .success(let entry): entries.append(entry)
                    case .failure(let error): failures.append(error)
                    }
                }
                if rows == 0 { entries.append(standIn(.notActivity(reason: .csvLogWithoutRows))) }
            case .alreadyKnown: entries.append(knownEntry(route, limits: limits))
            case .notWorkoutFile(let reason): entries.append(standIn(.notActivity(reason: reason)))
            case .unreadable(let error): failures.append(error)
            }
        }
        return entries.isEmpty && failures.isEmpty ? outcome : .read(entries, failures: failures)
    }

    /// An entry the log answers "already known" for: the route's own fingerprint (its bytes are read
    /// again, only for this rare case of a route that no workout references).
    private static func knownEntry(_ route: CandidateFile, limits: ImportLimits) -> IncomingFile {
        let bytes = (try? FileReader.contents(of: route, limits: limits)) ?? Data()
        let hash = bytes.withUnsafeBytes { ContentHash.sha256Hex($0) }
        return IncomingFile(path: route.path, contentHash: hash, content: .notActivity(reason: .alreadyKnown))
    }
}
