import Foundation
import GRDB
import RunModel

/// Converts between `Run` values and rows of the `run` table; the only place that knows its columns.
enum RunRow {
    static let summaryColumns = """
        id, name, sport, startTime, utcOffsetSeconds, elapsedSeconds, movingSeconds, distanceMeters,
        elevationGainMeters, elevationLossMeters, averageHeartRate, maxHeartRate, averageCadence,
        sourcePath, sourceFormat, sourceHash, device, laps
        """

    static func insert(_ run: Run, into db: Database, now: Date) throws {
        let laps = try JSONEncoder().encode(run.laps)
        try db.execute(
            sql: """
                INSERT INTO run (\(summaryColumns), richness, sampleCount, samples, importedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                run.id, run.name, run.sport.rawValue, run.start.timeIntervalSince1970, run.utcOffsetSeconds,
                run.elapsedSeconds, run.movingSeconds, run.distanceMeters,
                run.elevationGainMeters, run.elevationLossMeters, run.averageHeartRate, run.maxHeartRate,
                run.averageCadence, run.source.path, run.source.format.rawValue, run.source.contentHash,
                run.source.device, laps, run.richness, run.samples.count, Data(SampleCoding.encode(run.samples)),
                now.timeIntervalSince1970,
            ])
    }

    /// Builds a run from a row selected with `summaryColumns` (plus `samples` when wanted).
    static func run(from row: Row, includeSamples: Bool, databasePath: String) throws -> Run {
        let id: String = row["id"]
        func corrupt(_ column: String) -> LogError { LogError(.corruptRow(runID: id, column: column), path: databasePath) }
        let sportText: String = row["sport"]
        let formatText: String = row["sourceFormat"]
        guard let sport = Sport(rawValue: sportText) else { throw corrupt("sport") }
        guard let format = RunSource.Format(rawValue: formatText) else { throw corrupt("sourceFormat") }
        let lapsData: Data = row["laps"] ?? Data()
        let laps: [Lap]
        do { laps = try JSONDecoder().decode([Lap].self, from: lapsData) } catch { throw corrupt("laps") }
        var samples: [Sample] = []
        if includeSamples {
            let blob: Data = row["samples"] ?? Data()
            do {
                samples = try SampleCoding.decode([UInt8](blob))
            } catch {
                throw LogError(.corruptSamples(runID: id, byteOffset: error.byteOffset), path: databasePath)
            }
        }
        return Run(
            id: id,
            source: RunSource(
                path: row["sourcePath"], format: format, contentHash: row["sourceHash"], device: row["device"]),
            name: row["name"], sport: sport,
            start: Date(timeIntervalSince1970: row["startTime"]), utcOffsetSeconds: row["utcOffsetSeconds"],
            elapsedSeconds: row["elapsedSeconds"], movingSeconds: row["movingSeconds"],
            distanceMeters: row["distanceMeters"],
            elevationGainMeters: row["elevationGainMeters"], elevationLossMeters: row["elevationLossMeters"],
            averageHeartRate: row["averageHeartRate"], maxHeartRate: row["maxHeartRate"],
            averageCadence: row["averageCadence"], laps: laps, samples: samples)
    }
}
