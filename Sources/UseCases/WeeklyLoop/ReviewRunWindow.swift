public import Foundation
import Planner
public import RunModel
public import TrainingLog

/// The runs a review is made from (docs/log.md, "Large logs"): not every run of the log, only those
/// whose local day the review looks at (`WeekReview.daysRead`: the week and the 30 days before it,
/// for each run's single-run cap), read through the index on the start. A run's local day is its
/// start shifted by its UTC offset, at most `PlausibleValues.utcOffsetSeconds` either way for a stored
/// run, so the read reaches that far past both ends; the review is the one every run gives.
public enum ReviewRunWindow {
    /// The starts (UTC) of every run whose local day can lie in `days`, whatever its UTC offset.
    public static func starts(of days: Range<CalendarDay>) -> Range<Date> {
        let offsets = PlausibleValues.utcOffsetSeconds
        let from = days.lowerBound.startDate.addingTimeInterval(-Double(offsets.upperBound))
        let to = days.upperBound.startDate.addingTimeInterval(-Double(offsets.lowerBound))
        return from..<to
    }

    /// The counted runs of `log` the review of the week starting on `monday` reads, oldest first, and
    /// the rows among them left out as unusable.
    public static func read(_ log: LogDatabase, weekStartingOn monday: CalendarDay) throws -> StoredRuns {
        let starts = starts(of: WeekReview.daysRead(weekStartingOn: monday))
        return try log.countedRuns(since: starts.lowerBound, before: starts.upperBound)
    }
}
