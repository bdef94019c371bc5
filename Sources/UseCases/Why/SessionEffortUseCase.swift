public import Foundation
public import RunModel
public import TrainingLog

/// `checkin --rpe N` and `add --rpe N`: stores the effort the runner gave for a session (RPE 1–10),
/// the load of a run without heart rate (docs/run-figures.md).
public enum SessionEffortUseCase {
    /// An effort outside 1–10.
    public struct InvalidEffort: Error, Sendable, Hashable, CustomStringConvertible {
        public var rpe: Int
        public var description: String { "--rpe \(rpe): expected an effort from 1 (very easy) to 10 (maximal)" }
    }

    /// Checks an effort before anything is stored.
    public static func check(_ rpe: Int) throws(InvalidEffort) {
        guard SessionEffortRecord.scale.contains(rpe) else { throw InvalidEffort(rpe: rpe) }
    }

    /// Stores `rpe` for run `runID`, or for the last run of `day` when nil; returns what was stored.
    @discardableResult
    public static func record(rpe: Int, day: CalendarDay, runID: String? = nil, log: LogDatabase, now: Date) throws
        -> SessionEffortRecord
    {
        try check(rpe)
        return try log.recordSessionEffort(.init(day: day, runID: runID, rpe: rpe, recordedAt: now))
    }

    /// The run `effort` counts for now (`SessionEfforts.byRun`); nil when no run of its day is in the
    /// log yet (it then counts for the last run of that day once that is imported).
    public static func target(of effort: SessionEffortRecord, log: LogDatabase) throws -> Run? {
        // Local days lie within ±18 h of UTC: the runs from the day before on hold every candidate.
        let runs = try log.countedRuns(since: effort.day.adding(days: -1).startDate).runs
        guard let id = SessionEfforts.byRun([effort], runs: runs).keys.first else { return nil }
        return runs.first { $0.id == id }
    }

    /// "Effort 6 of 10 noted for the run of 5.00 km on 2026-11-24." or, before the run is in the log,
    /// that it will count for the day's last run (`add --rpe`, `checkin --rpe`).
    public static func line(_ effort: SessionEffortRecord, run: Run?) -> String {
        guard let run else {
            return "Effort \(effort.rpe) of 10 noted for \(effort.day): it counts for that day's last run once it "
                + "is in the log."
        }
        return "Effort \(effort.rpe) of 10 noted for the run of "
            + "\(Distance(meters: run.distanceMeters).formatted(in: .kilometers)) on \(run.localDay)."
    }
}
