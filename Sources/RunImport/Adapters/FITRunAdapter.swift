import FIT
import Foundation
import RunModel

/// Turns a decoded FIT file into one run: session totals when present, records for samples.
enum FITRunAdapter {
    static func adapt(_ file: FITFile, source: RunSource, maximumRuns: Int = ImportLimits.standard.maximumRunsPerFile)
        -> AdaptedFile
    {
        let sessions = file.messages.filter { $0.globalNumber == FITMessageNumber.session }
        if sessions.count > 1,
            let legs = MultiActivityAdapter.adaptFIT(
                file, sessions: sessions, source: source, maximumRuns: maximumRuns)
        {
            return legs
        }
        return adaptSingle(file, sessions: sessions, source: source)
    }

    /// The file as one activity (all its `sessions` together).
    static func adaptSingle(_ file: FITFile, sessions: [FITMessage], source: RunSource) -> AdaptedFile {
        var source = source
        source.format = .fit
        let fileID = file.messages.first { $0.globalNumber == FITMessageNumber.fileId }
        // Only the activity file type (file_id.type 4) holds activities; all others (monitoring,
        // settings, sports, totals, workouts…) are "not an activity", named by their profile name.
        if let fileID, let type = fileID.number(FITFieldID.FileId.type), type != Double(FITProfileValue.File.activity),
            let name = fileID.text(FITFieldID.FileId.type)
        {
            return .notActivity(.fitFileType(name))
        }
        if source.device == nil, let fileID {
            // garmin_product is a subfield of product (no number of its own): found by its profile name.
            let product = fileID.text("garmin_product") ?? fileID.text(FITFieldID.FileId.product)
            let parts = [fileID.text(FITFieldID.FileId.manufacturer), product].compactMap { $0 }
            source.device = parts.isEmpty ? nil : parts.joined(separator: " ")
        }

        // The session covering the most distance names the sport of a multisport file.
        let main = sessions.max {
            ($0.number(FITFieldID.Session.totalDistance) ?? 0) < ($1.number(FITFieldID.Session.totalDistance) ?? 0)
        }
        let sport = SportMapping.fitSport(
            sport: main?.text(FITFieldID.Session.sport), subSport: main?.text(FITFieldID.Session.subSport))
        let cleaning = GPSSpikeFilter.clean(
            file.messages.filter { $0.globalNumber == FITMessageNumber.record }.map(sample(from:)),
            sport: main == nil ? nil : sport)
        let sampleArray = cleaning.samples
        guard !sessions.isEmpty || sampleArray.contains(where: { $0.time != nil }) else {
            if let error = file.error { return .failed(.fit(error)) }
            return .notActivity(.fitWithoutSessionOrRecords)
        }
        let metrics = TrackMetrics(samples: sampleArray)

        let sessionStart = sessions.compactMap { $0.number(FITFieldID.Session.startTime) }.min().map(date(fromFIT:))
        guard let start = sessionStart ?? metrics.start else {
            return .notActivity(.fitWithoutStartTime)
        }
        let sessionElapsed = sum(sessions, FITFieldID.Session.totalElapsedTime)
        let sessionTimer = sum(sessions, FITFieldID.Session.totalTimerTime)
        let sessionDistance = sum(sessions, FITFieldID.Session.totalDistance)
        let elapsed = sessionElapsed ?? metrics.elapsedSeconds
        let moving = sessionTimer ?? metrics.movingSeconds
        let distance = sessionDistance ?? metrics.distanceMeters

        let laps = file.messages.filter { $0.globalNumber == FITMessageNumber.lap }.compactMap { lap -> Lap? in
            guard let lapStart = lap.number(FITFieldID.Lap.startTime) else { return nil }
            return Lap(
                start: date(fromFIT: lapStart), elapsedSeconds: lap.number(FITFieldID.Lap.totalElapsedTime) ?? 0,
                distanceMeters: lap.number(FITFieldID.Lap.totalDistance))
        }
        // local_timestamp - timestamp of the activity message is the time-zone offset.
        var offset: Int?
        if let activity = file.messages.first(where: { $0.globalNumber == FITMessageNumber.activity }),
            let local = activity.number(FITFieldID.Activity.localTimestamp),
            let utc = activity.number(FITFieldID.Activity.timestamp)
        {
            let difference = local - utc
            // Whole quarter hours within ±14 h, or the device clock is not telling a zone.
            let quarters = (difference / 900).rounded()
            if abs(difference) <= 14 * 3_600, abs(difference - quarters * 900) < 60 { offset = Int(quarters * 900) }
        }
        var notes: [ImportNote] = ImportNote.spikes(in: cleaning).map { [$0] } ?? []
        if let error = file.error { notes.append(.keptBeforeError(error)) }

        let run = Run(
            id: String(source.contentHash.prefix(16)), source: source, name: nil,
            sport: sport,
            start: start, utcOffsetSeconds: offset, elapsedSeconds: elapsed, movingSeconds: moving,
            distanceMeters: distance,
            elevationGainMeters: sum(sessions, FITFieldID.Session.totalAscent) ?? metrics.elevationGainMeters,
            elevationLossMeters: sum(sessions, FITFieldID.Session.totalDescent) ?? metrics.elevationLossMeters,
            averageHeartRate: positive(main?.number(FITFieldID.Session.avgHeartRate)) ?? metrics.averageHeartRate,
            maxHeartRate: positive(main?.number(FITFieldID.Session.maxHeartRate)) ?? metrics.maxHeartRate,
            averageCadence: positive(main?.number("avg_running_cadence") ?? main?.number(FITFieldID.Session.avgCadence))
                ?? metrics.averageCadence,
            laps: laps, samples: sampleArray, watchHeartRate: WatchHeartRateReader.settings(in: file.messages))
        return .run(run, notes: notes)
    }

    private static func sample(from record: FITMessage) -> Sample {
        Sample(
            time: record.number(FITFieldID.Record.timestamp).map(date(fromFIT:)),
            latitude: record.number(FITFieldID.Record.positionLat),
            longitude: record.number(FITFieldID.Record.positionLong),
            elevationMeters: record.number(FITFieldID.Record.enhancedAltitude)
                ?? record.number(FITFieldID.Record.altitude),
            heartRate: record.number(FITFieldID.Record.heartRate), cadence: record.number(FITFieldID.Record.cadence),
            distanceMeters: record.number(FITFieldID.Record.distance),
            fractionalCadence: record.number(FITFieldID.Record.fractionalCadence),
            speedMetersPerSecond: record.number(FITFieldID.Record.enhancedSpeed)
                ?? record.number(FITFieldID.Record.speed),
            groundContactMs: record.number(FITFieldID.Record.stanceTime),
            verticalOscillationMm: record.number(FITFieldID.Record.verticalOscillation),
            verticalRatioPercent: record.number(FITFieldID.Record.verticalRatio))
    }

    /// Devices write 0 for "no sensor"; that is no value, not a heart rate of zero.
    private static func positive(_ value: Double?) -> Double? {
        guard let value, value > 0, value.isFinite else { return nil }
        return value
    }

    private static func sum(_ messages: [FITMessage], _ field: FITFieldID) -> Double? {
        let values = messages.compactMap { $0.number(field) }
        return values.isEmpty ? nil : values.reduce(0, +)
    }

    static func date(fromFIT seconds: Double) -> Date {
        Date(timeIntervalSince1970: seconds + FITEpoch.unixOffset)
    }
}
