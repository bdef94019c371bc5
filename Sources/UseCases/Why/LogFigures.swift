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
        for run in stored { figures[run.id] = measure(run, anchors: anchors, effort: efforts[run.id]) }
        for index in runs.indices { runs[index].samples = [] }
        return LogFigures(anchors: anchors, runs: runs, figures: figures)
    }

    /// Every usable run that started at or after `since` (all when nil), oldest first, with its figures, handed
    /// to `body` one at a time as the log gives them (without its samples): the figures `read` gives, without
    /// holding the runs, so `runs --json` lists a log of any size in the memory of one run. The anchors are
    /// those `read` chooses for `today` from its window (the runs of the year before and the newest older watch
    /// settings); the efforts go to runs as `SessionEfforts.byRun` says over every counted run, from the
    /// summaries of the runs on the days an effort names. `skipped` gets each stored row that cannot be used.
    public static func eachRun(
        _ log: LogDatabase, today: CalendarDay, since: Date?,
        _ body: (Run, RunFigures, HeartRateAnchors) throws -> Void, skipped: (LogError) -> Void
    ) throws {
        let anchors = try read(log, today: today, from: today).anchors
        let efforts = try log.sessionEfforts()
        let days = Set(efforts.map(\.day))
        let ids = Set(efforts.compactMap(\.runID))
        var efforted: [Run] = []
        if !efforts.isEmpty {
            // A run listed from `since` on takes an effort given for it or for its day, whose runs all start
            // after `since` too: the summaries from `since` on are enough.
            let excluded = try log.excludedRunIDs(since: since)
            try log.eachRun(since: since) { run in
                if !excluded.contains(run.id), days.contains(run.localDay) || ids.contains(run.id) {
                    efforted.append(run)
                }
            } skipped: { _ in
            }
        }
        let effortByRun = SessionEfforts.byRun(efforts, runs: efforted)
        try log.eachRun(since: since, includeSamples: true) { run in
            let figures = measure(run, anchors: anchors, effort: effortByRun[run.id])
            var listed = run
            listed.samples = []
            try body(listed, figures, anchors)
        } skipped: {
            skipped($0)
        }
    }

    /// One run's figures against `anchors`, with the effort (RPE) the runner gave for it.
    private static func measure(_ run: Run, anchors: HeartRateAnchors, effort rpe: Int?) -> RunFigures {
        var measured = RunFigures(samples: run.samples, isRunning: run.sport.isRunning, anchors: anchors)
        if let rpe { measured.applyEffort(rpe: rpe, movingSeconds: run.movingSeconds) }
        return measured
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
