import Foundation
import GRDB
import RunModel

/// Converts between `Run` values and rows of the `run` table; the only place that knows its columns.
enum RunRow {
    static let summaryColumns = """
        id, name, sport, startTime, utcOffsetSeconds, elapsedSeconds, movingSeconds, distanceMeters,
        elevationGainMeters, elevationLossMeters, averageHeartRate, maxHeartRate, averageCadence,
        sourcePath, sourceFormat, sourceHash, device, laps, watchMaxHeartRate, watchRestingHeartRate,
        watchThresholdHeartRate, watchZoneHighBoundaries
        """

    static func insert(_ run: Run, into db: Database, now: Date) throws {
        let laps = try JSONEncoder().encode(run.laps)
        try db.execute(
            sql: """
                INSERT INTO run (\(summaryColumns), richness, sampleCount, samples, importedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                run.id, run.name, run.sport.rawValue, run.start.timeIntervalSince1970, run.utcOffsetSeconds,
                run.elapsedSeconds, run.movingSeconds, run.distanceMeters,
                run.elevationGainMeters, run.elevationLossMeters, run.averageHeartRate, run.maxHeartRate,
                run.averageCadence, run.source.path, run.source.format.rawValue, run.source.contentHash,
                run.source.device, laps, run.watchHeartRate?.maximum, run.watchHeartRate?.resting,
                run.watchHeartRate?.threshold,
                boundariesText(run.watchHeartRate),
                run.richness, run.samples.count, Data(SampleCoding.encode(run.samples)),
                now.timeIntervalSince1970,
            ])
    }

    /// The watch's heart-rate settings of run `from` copied to run `to` when `to` has none: the
    /// copy of a run kept in the log keeps the settings the other copy's file held.
    static func keepWatchSettings(from: String, to: String, in db: Database) throws {
        try db.execute(
            sql: """
                UPDATE run SET (watchMaxHeartRate, watchRestingHeartRate, watchThresholdHeartRate,
                    watchZoneHighBoundaries) =
                    (SELECT watchMaxHeartRate, watchRestingHeartRate, watchThresholdHeartRate, watchZoneHighBoundaries
                     FROM run WHERE id = ?)
                WHERE id = ? AND watchMaxHeartRate IS NULL AND watchRestingHeartRate IS NULL
                    AND watchThresholdHeartRate IS NULL AND watchZoneHighBoundaries IS NULL
                """, arguments: [from, to])
    }

    /// `settings` stored for run `id` when it has none: a duplicate's file may hold the watch's
    /// settings the kept copy's file did not.
    static func keepWatchSettings(_ settings: WatchHeartRateSettings, for id: String, in db: Database) throws {
        try db.execute(
            sql: """
                UPDATE run SET watchMaxHeartRate = ?, watchRestingHeartRate = ?, watchThresholdHeartRate = ?,
                    watchZoneHighBoundaries = ?
                WHERE id = ? AND watchMaxHeartRate IS NULL AND watchRestingHeartRate IS NULL
                    AND watchThresholdHeartRate IS NULL AND watchZoneHighBoundaries IS NULL
                """,
            arguments: [
                settings.maximum, settings.resting, settings.threshold, boundariesText(settings), id,
            ])
    }

    private static func boundariesText(_ settings: WatchHeartRateSettings?) -> String? {
        settings.flatMap { $0.zoneHighBoundaries.isEmpty ? nil : $0.zoneHighBoundariesText }
    }

    /// Builds a run from a row selected with `summaryColumns` (plus `samples` when wanted).
    ///
    /// Every column is decoded with a check (a REAL of 1e300 where an integer belongs, text where a
    /// number belongs, NULL in a required column): a row that fails throws `corruptRow`, one whose
    /// values no body or watch produces (or the import never stores, such as a negative distance)
    /// throws `implausibleRow`; implausible optional figures are dropped (`PlausibleValues.checkStored`). Never a trap, whatever the file holds.
    static func run(from row: Row, includeSamples: Bool, databasePath: String) throws -> Run {
        let id = (try? row.decode(String.self, forColumn: "id")) ?? "(row without an id)"
        func corrupt(_ column: String) -> LogError {
            LogError(.corruptRow(.run(id), column: column), path: databasePath)
        }
        func value<T: DatabaseValueConvertible>(_ column: String, as type: T.Type = T.self) throws -> T {
            do { return try row.decode(T.self, forColumn: column) } catch { throw corrupt(column) }
        }
        func optional<T: DatabaseValueConvertible>(_ column: String, as type: T.Type = T.self) throws -> T? {
            do { return try row.decode(T?.self, forColumn: column) } catch { throw corrupt(column) }
        }
        guard let sport = Sport(rawValue: try value("sport", as: String.self)) else { throw corrupt("sport") }
        guard let format = RunSource.Format(rawValue: try value("sourceFormat", as: String.self)) else {
            throw corrupt("sourceFormat")
        }
        let lapsData = try optional("laps", as: Data.self) ?? Data()
        let laps: [Lap]
        do { laps = try JSONDecoder().decode([Lap].self, from: lapsData) } catch { throw corrupt("laps") }
        var samples: [Sample] = []
        if includeSamples {
            let blob = try optional("samples", as: Data.self) ?? Data()
            do {
                samples = try SampleCoding.decode([UInt8](blob))
            } catch {
                throw LogError(.corruptSamples(runID: id, byteOffset: error.byteOffset), path: databasePath)
            }
        }
        let stored = Run(
            id: id,
            source: RunSource(
                path: try value("sourcePath"), format: format, contentHash: try value("sourceHash"),
                device: try optional("device")),
            name: try optional("name"), sport: sport,
            start: Date(timeIntervalSince1970: try value("startTime")),
            utcOffsetSeconds: try optional("utcOffsetSeconds"),
            elapsedSeconds: try value("elapsedSeconds"), movingSeconds: try value("movingSeconds"),
            distanceMeters: try value("distanceMeters"),
            elevationGainMeters: try optional("elevationGainMeters"),
            elevationLossMeters: try optional("elevationLossMeters"),
            averageHeartRate: try optional("averageHeartRate"), maxHeartRate: try optional("maxHeartRate"),
            averageCadence: try optional("averageCadence"), laps: laps, samples: samples,
            watchHeartRate: WatchHeartRateSettings(
                maximum: try optional("watchMaxHeartRate"), resting: try optional("watchRestingHeartRate"),
                threshold: try optional("watchThresholdHeartRate"),
                zoneHighBoundaries: WatchHeartRateSettings.zoneHighBoundaries(
                    fromText: try optional("watchZoneHighBoundaries") ?? "")))
        switch PlausibleValues.checkStored(stored) {
        case .plausible(let run, _): return run
        case .implausible(let problem): throw LogError(.implausibleRow(runID: id, problem), path: databasePath)
        }
    }
}
