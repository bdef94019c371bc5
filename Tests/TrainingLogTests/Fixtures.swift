import Foundation
import RunImport
import RunModel
import TrainingLog

/// Builds test runs and incoming files with the fields the log cares about.
enum LogFixtures {
    static let day = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18

    static func run(
        id: String, start: Date = day, distance: Double = 5_000, format: RunSource.Format = .gpx,
        samples: [Sample] = [], sport: Sport = .running
    ) -> Run {
        Run(
            id: id,
            source: RunSource(path: "/runs/\(id).\(format.rawValue)", format: format, contentHash: "hash-\(id)"),
            name: "Run \(id)", sport: sport, start: start, utcOffsetSeconds: 3600, elapsedSeconds: 1_900,
            movingSeconds: 1_800, distanceMeters: distance, elevationGainMeters: 42, elevationLossMeters: 40,
            averageHeartRate: 150, maxHeartRate: 171, averageCadence: 86,
            laps: [Lap(start: start, elapsedSeconds: 1_900, distanceMeters: distance)], samples: samples)
    }

    static func track(count: Int, start: Date = day, heartRate: Bool = true) -> [Sample] {
        (0..<count).map { i in
            let step = Double(i)
            let latitude: Double = 48.1 + step * 1e-5
            let longitude: Double = 11.5 - step * 2e-5
            let elevation: Double = 520 + Double(i % 7)
            let pulse: Double? = heartRate ? 140 + Double(i % 20) : nil
            let cadence: Double? = i % 3 == 0 ? nil : 88
            return Sample(
                time: start.addingTimeInterval(step), latitude: latitude, longitude: longitude,
                elevationMeters: elevation, heartRate: pulse, cadence: cadence, distanceMeters: step * 2.8)
        }
    }

    static func file(_ run: Run) -> IncomingFile {
        IncomingFile(
            path: run.source.path, contentHash: run.source.contentHash, size: 1234,
            modifiedAt: Date(timeIntervalSince1970: 1_790_000_000), content: .run(run))
    }
}
