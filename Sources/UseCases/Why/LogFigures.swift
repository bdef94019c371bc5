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
    /// Figures by run id, for every usable run of the log (excluded ones too), with the effort the
    /// runner gave for each (`SessionEfforts`).
    public var figures: [String: RunFigures]

    /// Reads the log: runs with samples, the runner's settings, the watch's settings in the runs'
    /// files, the efforts given; chooses anchors and measures every run.
    public static func read(_ log: LogDatabase, today: CalendarDay) throws -> LogFigures {
        let excluded = try log.excludedRunIDs()
        let stored = try log.runs(since: nil, includeSamples: true).runs
        var runs = stored.filter { !excluded.contains($0.id) }
        let settings = try log.currentHeartRateSettings()
        func runner(_ kind: HeartRateSettingRecord.Kind) -> HeartRateAnchor? {
            settings[kind].map { HeartRateAnchor(bpm: $0.bpm, source: .runner, date: $0.day.startDate) }
        }
        let peaks = runs.filter(\.sport.isRunning).compactMap { run -> (day: CalendarDay, bpm: Double)? in
            RunFigures(samples: run.samples, isRunning: true, anchors: HeartRateAnchors()).peakHeartRate30s
                .map { (day: run.localDay, bpm: $0) }
        }
        // Oldest first (the log's order), so of two files of one day the later run's settings win.
        let files = runs.compactMap { run in
            run.watchHeartRate.map { AnchorChoice.FileAnchors(settings: $0, day: run.localDay, file: run.source.path) }
        }
        let anchors = AnchorChoice.anchors(
            runner: (runner(.maximum), runner(.resting), runner(.threshold)), files: files, peaks: peaks,
            today: today, constants: try log.currentTRIMPConstants()?.constants ?? .standard)
        // Efforts go to counted runs: an excluded copy of a run must not take the day's effort.
        let efforts = SessionEfforts.byRun(try log.sessionEfforts(), runs: runs)
        var figures: [String: RunFigures] = [:]
        for run in stored {
            var measured = RunFigures(samples: run.samples, isRunning: run.sport.isRunning, anchors: anchors)
            if let rpe = efforts[run.id] { measured.applyEffort(rpe: rpe, movingSeconds: run.movingSeconds) }
            figures[run.id] = measured
        }
        for index in runs.indices { runs[index].samples = [] }
        return LogFigures(anchors: anchors, runs: runs, figures: figures)
    }
}
