public import Foundation
public import RunAnalysis
public import RunModel
public import TrainingLog

/// Every counted run of the log with its figures, measured against the anchors chosen for today.
/// Figures are recomputed from the stored samples each time, so they follow the anchors.
public struct LogFigures: Sendable {
    public var anchors: HeartRateAnchors
    /// Counted runs (not excluded), oldest first, without their samples.
    public var runs: [Run]
    /// Figures by run id, for every usable run of the log (excluded ones too).
    public var figures: [String: RunFigures]

    /// Reads the log: runs with samples, the runner's settings; chooses anchors and measures every run.
    public static func read(_ log: LogDatabase, today: CalendarDay) throws -> LogFigures {
        let excluded = try log.excludedRunIDs()
        let stored = try log.storedRuns(since: nil, includeSamples: true).runs
        var runs = stored.filter { !excluded.contains($0.id) }
        let settings = try log.currentHeartRateSettings()
        func runner(_ kind: HeartRateSettingRecord.Kind) -> HeartRateAnchor? {
            settings[kind].map { HeartRateAnchor(bpm: $0.bpm, source: .runner, date: $0.day.startDate) }
        }
        let peaks = runs.filter(\.sport.isRunning).compactMap { run -> (day: CalendarDay, bpm: Double)? in
            RunFigures(samples: run.samples, isRunning: true, anchors: HeartRateAnchors()).peakHeartRate30s
                .map { (day: run.localDay, bpm: $0) }
        }
        let anchors = AnchorChoice.anchors(
            runner: (runner(.maximum), runner(.resting), runner(.threshold)), files: [], peaks: peaks, today: today)
        var figures: [String: RunFigures] = [:]
        for run in stored {
            figures[run.id] = RunFigures(samples: run.samples, isRunning: run.sport.isRunning, anchors: anchors)
        }
        for index in runs.indices { runs[index].samples = [] }
        return LogFigures(anchors: anchors, runs: runs, figures: figures)
    }
}
