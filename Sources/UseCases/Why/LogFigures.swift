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
    /// files, the efforts given; chooses anchors and measures every run. With `from`, only the runs
    /// from that day on are read and measured, and those of the 372 days before `today` (the maximum's
    /// estimate looks back 365 days); the watch settings of older files are found through the index,
    /// the newest of each kind, so the anchors are those every run gives.
    public static func read(_ log: LogDatabase, today: CalendarDay, from: CalendarDay? = nil) throws -> LogFigures {
        let since = from.map { min($0, today.adding(days: -(AnchorChoice.estimateWindowDays + 7))).startDate }
        let excluded = try log.excludedRunIDs(since: since)
        let stored = try log.runs(since: since, includeSamples: true).runs
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
        var files = runs.compactMap(fileAnchors)
        if let since {
            files = try olderFiles(log, before: since, settings: settings, newer: files, today: today) + files
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

    /// The files before the window that can give an anchor: for each kind the runner has not set and
    /// no newer file gives, the newest older file that gives it (oldest first).
    private static func olderFiles(
        _ log: LogDatabase, before since: Date, settings: [HeartRateSettingRecord.Kind: HeartRateSettingRecord],
        newer: [AnchorChoice.FileAnchors], today: CalendarDay
    ) throws -> [AnchorChoice.FileAnchors] {
        let kinds: [(HeartRateSettingRecord.Kind, WatchSettingColumn, KeyPath<WatchHeartRateSettings, Double?>)] = [
            (.maximum, .maximum, \.maximum), (.resting, .resting, \.resting), (.threshold, .threshold, \.threshold),
        ]
        var older: [Run] = []
        for (kind, column, value) in kinds where settings[kind] == nil {
            let given = newer.contains {
                $0.day <= today && $0.settings[keyPath: value].map(AnchorChoice.plausible.contains) == true
            }
            guard !given,
                let run = try log.newestRun(
                    before: since, withWatch: column, within: AnchorChoice.plausible,
                    where: { $0.watchHeartRate?[keyPath: value].map(AnchorChoice.plausible.contains) == true })
            else { continue }
            if !older.contains(where: { $0.id == run.id }) { older.append(run) }
        }
        return older.sorted { ($0.start, $0.id) < ($1.start, $1.id) }.compactMap(fileAnchors)
    }

    /// The watch settings of `run`'s file, dated by the run.
    private static func fileAnchors(_ run: Run) -> AnchorChoice.FileAnchors? {
        run.watchHeartRate.map { AnchorChoice.FileAnchors(settings: $0, day: run.localDay, file: run.source.path) }
    }
}
