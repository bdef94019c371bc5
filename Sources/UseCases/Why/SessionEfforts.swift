import Foundation
public import RunModel
public import TrainingLog

/// Which run each effort the runner gave (`checkin --rpe`, `add --rpe`) belongs to.
public enum SessionEfforts {
    /// The effort (RPE 1–10) of each run of `runs` that has one: an effort given for a run counts for
    /// that run; one given for a day (or for a run no longer in the log, such as one replaced by a
    /// richer copy) counts for the last run of that day by start. Of several for one run, the one
    /// recorded last wins.
    public static func byRun(_ efforts: [SessionEffortRecord], runs: [Run]) -> [String: Int] {
        let ids = Set(runs.map(\.id))
        var lastOfDay: [CalendarDay: Run] = [:]
        for run in runs where lastOfDay[run.localDay].map({ $0.start <= run.start }) ?? true {
            lastOfDay[run.localDay] = run
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
