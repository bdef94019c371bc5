import FIT
import Foundation
import RunModel

/// Turns a decoded FIT file into one run: session totals when present, records for samples.
enum FITRunAdapter {
    /// FIT file types (file_id.type) that hold activities; all others (monitoring, settings,
    /// sports, totals, workouts…) are reported as "not an activity".
    static let activityTypes: Set<String> = ["activity", "4"]

    static func adapt(_ file: FITFile, source: RunSource) -> AdaptedFile {
        let sessions = file.messages.filter { $0.globalNumber == FITMessageNumber.session }
        if sessions.count > 1, let legs = MultiActivityAdapter.adaptFIT(file, sessions: sessions, source: source) { return legs }
        return adaptSingle(file, sessions: sessions, source: source)
    }

    /// The file as one activity (all its `sessions` together).
    static func adaptSingle(_ file: FITFile, sessions: [FITMessage], source: RunSource) -> AdaptedFile {
        var source = source
        source.format = .fit
        let fileID = file.messages.first { $0.globalNumber == FITMessageNumber.fileId }
        if let type = fileID?.text("type"), !activityTypes.contains(type) {
            return .notActivity("FIT \(type.replacingOccurrences(of: "_", with: " ")) file")
        }
        if source.device == nil, let fileID {
            let parts = [fileID.text("manufacturer"), fileID.text("garmin_product") ?? fileID.text("product")].compactMap { $0 }
            source.device = parts.isEmpty ? nil : parts.joined(separator: " ")
        }

        // The session covering the most distance names the sport of a multisport file.
        let main = sessions.max { ($0.number("total_distance") ?? 0) < ($1.number("total_distance") ?? 0) }
        let sport = SportMapping.fitSport(sport: main?.text("sport"), subSport: main?.text("sub_sport"))
        let cleaning = GPSSpikeFilter.clean(
            file.messages.filter { $0.globalNumber == FITMessageNumber.record }.map(sample(from:)), sport: main == nil ? nil : sport)
        let sampleArray = cleaning.samples
        guard !sessions.isEmpty || sampleArray.contains(where: { $0.time != nil }) else {
            if let error = file.error { return .failed(.fit(error)) }
            return .notActivity("FIT file without session or records")
        }
        let metrics = TrackMetrics(samples: sampleArray)

        let sessionStart = sessions.compactMap { $0.number("start_time") }.min().map(date(fromFIT:))
        guard let start = sessionStart ?? metrics.start else {
            return .notActivity("FIT file without a start time")
        }
        let sessionElapsed = sum(sessions, "total_elapsed_time")
        let sessionTimer = sum(sessions, "total_timer_time")
        let sessionDistance = sum(sessions, "total_distance")
        let elapsed = sessionElapsed ?? metrics.elapsedSeconds
        let moving = sessionTimer ?? metrics.movingSeconds
        let distance = sessionDistance ?? metrics.distanceMeters

        let laps = file.messages.filter { $0.globalNumber == FITMessageNumber.lap }.compactMap { lap -> Lap? in
            guard let lapStart = lap.number("start_time") else { return nil }
            return Lap(
                start: date(fromFIT: lapStart), elapsedSeconds: lap.number("total_elapsed_time") ?? 0,
                distanceMeters: lap.number("total_distance"))
        }
        // local_timestamp - timestamp of the activity message is the time-zone offset.
        var offset: Int?
        if let activity = file.messages.first(where: { $0.globalNumber == FITMessageNumber.activity }),
            let local = activity.number("local_timestamp"), let utc = activity.number("timestamp")
        {
            let difference = local - utc
            // Whole quarter hours within ±14 h, or the device clock is not telling a zone.
            let quarters = (difference / 900).rounded()
            if abs(difference) <= 14 * 3_600, abs(difference - quarters * 900) < 60 { offset = Int(quarters * 900) }
        }
        var notes: [ImportNote] = GPSSpikeFilter.note(for: cleaning).map { [.gpsSpikes($0)] } ?? []
        if let error = file.error { notes.append(.keptBeforeError(error)) }

        let run = Run(
            id: String(source.contentHash.prefix(16)), source: source, name: nil,
            sport: sport,
            start: start, utcOffsetSeconds: offset, elapsedSeconds: elapsed, movingSeconds: moving,
            distanceMeters: distance,
            elevationGainMeters: sum(sessions, "total_ascent") ?? metrics.elevationGainMeters,
            elevationLossMeters: sum(sessions, "total_descent") ?? metrics.elevationLossMeters,
            averageHeartRate: positive(main?.number("avg_heart_rate")) ?? metrics.averageHeartRate,
            maxHeartRate: positive(main?.number("max_heart_rate")) ?? metrics.maxHeartRate,
            averageCadence: positive(main?.number("avg_running_cadence") ?? main?.number("avg_cadence"))
                ?? metrics.averageCadence,
            laps: laps, samples: sampleArray)
        return .run(run, notes: notes)
    }

    private static func sample(from record: FITMessage) -> Sample {
        Sample(
            time: record.number("timestamp").map(date(fromFIT:)),
            latitude: record.number("position_lat"), longitude: record.number("position_long"),
            elevationMeters: record.number("enhanced_altitude") ?? record.number("altitude"),
            heartRate: record.number("heart_rate"), cadence: record.number("cadence"),
            distanceMeters: record.number("distance"))
    }

    /// Devices write 0 for "no sensor"; that is no value, not a heart rate of zero.
    private static func positive(_ value: Double?) -> Double? {
        guard let value, value > 0, value.isFinite else { return nil }
        return value
    }

    private static func sum(_ messages: [FITMessage], _ field: String) -> Double? {
        let values = messages.compactMap { $0.number(field) }
        return values.isEmpty ? nil : values.reduce(0, +)
    }

    static func date(fromFIT seconds: Double) -> Date {
        Date(timeIntervalSince1970: seconds + FITEpoch.unixOffset)
    }
}
