import Foundation
import GPX
import RunModel

/// Turns a GPX document into one run (all tracks of the file, in order), a TCX document into one
/// run per `<Activity>` (see MultiActivityAdapter).
enum GPXRunAdapter {
    static func adapt(
        _ document: GPXDocument, source: RunSource, maximumRuns: Int = ImportLimits.standard.maximumRunsPerFile
    ) -> AdaptedFile {
        if let legs = MultiActivityAdapter.adaptTCX(document, source: source, maximumRuns: maximumRuns) {
            return legs
        }
        var source = source
        source.format = document.format == .tcx ? .tcx : .gpx
        source.device = source.device ?? document.creator
        let points = document.tracks.flatMap { $0.segments.flatMap(\.points) }
        guard !points.isEmpty else {
            return .notActivity(document.routes.isEmpty ? .noTrackPoints : .plannedRoute)
        }
        guard points.contains(where: { $0.time != nil }) else {
            return .notActivity(.untimedTrack)
        }
        let typeName = document.tracks.lazy.compactMap(\.type).first { !$0.isEmpty }
        let cleaning = GPSSpikeFilter.clean(
            points.map { point in
                Sample(
                    time: point.time, latitude: point.latitude, longitude: point.longitude,
                    elevationMeters: point.elevation, heartRate: point.heartRate, cadence: point.cadence,
                    distanceMeters: point.distanceMeters, speedMetersPerSecond: point.speed)
            },
            sport: typeName.map { SportMapping.sport(named: $0) ?? .other })
        let samples = cleaning.samples
        let segments = document.tracks.flatMap(\.segments)
        var segmentSamples: [[Sample]] = []
        var offset = 0
        for segment in segments {
            segmentSamples.append(Array(samples[offset..<offset + segment.points.count]))
            offset += segment.points.count
        }
        let metrics = TrackMetrics(segments: segmentSamples)
        guard let start = metrics.start else { return .notActivity(.trackWithoutTimes) }

        let laps: [Lap] = segments.compactMap { segment in
            guard let lapStart = segment.lapStart ?? segment.points.first?.time else { return nil }
            guard segment.lapStart != nil || document.format == .tcx else { return nil }
            return Lap(
                start: lapStart, elapsedSeconds: segment.lapTotalTimeSeconds ?? 0,
                distanceMeters: segment.lapDistanceMeters)
        }
        // The file's own distance (TCX lap totals) when present, else the device's cumulative
        // distance, else the geodesic path.
        let lapDistances = segments.compactMap(\.lapDistanceMeters)
        let distance = lapDistances.isEmpty ? metrics.distanceMeters : lapDistances.reduce(0, +)
        // TCX lap TotalTimeSeconds is timer time (pauses excluded).
        let lapTimes = segments.compactMap(\.lapTotalTimeSeconds)
        let moving =
            lapTimes.count == segments.count && !lapTimes.isEmpty
            ? min(lapTimes.reduce(0, +), max(metrics.elapsedSeconds, lapTimes.reduce(0, +)))
            : metrics.movingSeconds
        let elapsed = max(metrics.elapsedSeconds, moving)

        var notes: [ImportNote] = ImportNote.spikes(in: cleaning).map { [$0] } ?? []
        let sport: Sport
        if let typeName {
            sport = SportMapping.sport(named: typeName) ?? .other
        } else if let guess = SportMapping.inferred(distanceMeters: distance, movingSeconds: moving) {
            sport = guess
            notes.append(
                .sportGuessed(pace: DurationText.pace(seconds: moving, meters: distance, unit: .kilometers), as: guess))
        } else {
            sport = .other
            notes.append(.sportGuessed(pace: nil, as: .other))
        }

        let run = Run(
            id: String(source.contentHash.prefix(16)), source: source,
            name: document.tracks.lazy.compactMap(\.name).first ?? document.name, sport: sport, start: start,
            // The offset the first time was written with (`…T06:00:00+11:00`); else decided on import.
            utcOffsetSeconds: points.first { $0.time != nil }?.utcOffsetSeconds,
            elapsedSeconds: elapsed, movingSeconds: moving, distanceMeters: distance,
            elevationGainMeters: metrics.elevationGainMeters, elevationLossMeters: metrics.elevationLossMeters,
            averageHeartRate: metrics.averageHeartRate, maxHeartRate: metrics.maxHeartRate,
            averageCadence: metrics.averageCadence, laps: laps, samples: samples)
        return .run(run, notes: notes)
    }
}
