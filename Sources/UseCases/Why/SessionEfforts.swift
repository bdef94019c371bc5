import Foundation
public import RunModel
public import TrainingLog

/// Which run each effort the runner gave (`checkin --rpe`, `add --rpe`) belongs to.
public enum SessionEfforts {
    /// The effort (RPE 1–10) of each run of `runs` that has one: an effort given for a run counts for
    /// that run; one given for a day (or for a run no longer among `runs`, such as one replaced by a
    /// richer copy) counts for the last run of that day by start, a running one before any other
    /// sport. Of several for one run, the one recorded last wins.
    public static func byRun(_ efforts: [SessionEffortRecord], runs: [Run]) -> [String: Int] {
        let ids = Set(runs.map(\.id))
        var lastOfDay: [CalendarDay: Run] = [:]
        for run in runs {
            guard let kept = lastOfDay[run.localDay] else {
                lastOfDay[run.localDay] = run
                continue
            }
            let later =
                run.sport.isRunning == kept.sport.isRunning ? run.start >= kept.start : run.sport.isRunning
            if later { lastOfDay[run.localDay] = run }
        }
        var result: [String: Int] = [:]
        for effort in efforts.sorted(by: { ($0.id ?? 0) < ($1.id ?? 0) }) {
            if let runID = effort.runID, ids.contains(runID) {
                result[runID] = effort.rpe
            } else if let run = lastOfDay[effort.day] {
                result[run.id] = effort.rpe
            }
        }
        return result
    }
}
