import Foundation
import Render
import TrainingLog

// The two halves of the calendar memory: the log stores `CalendarExportRecord`s, the iCalendar
// writer reasons in `EventRevision`s. These two converters are the only place they meet.
extension EventRevision {
    /// The revision the log remembers for one UID.
    init(_ record: CalendarExportRecord) {
        self.init(
            uid: record.uid, day: record.day, fingerprint: record.fingerprint, sequence: record.sequence,
            summary: record.summary, startSecondOfDay: record.startSecondOfDay, durationSeconds: record.durationSeconds,
            isCancelled: record.isCancelled)
    }
}

extension CalendarExportRecord {
    /// What the log keeps of a revision written at `exportedAt`; nil for a revision without a day.
    init?(_ revision: EventRevision, exportedAt: Date) {
        guard let day = revision.day else { return nil }
        self.init(
            uid: revision.uid, day: day, fingerprint: revision.fingerprint, sequence: revision.sequence,
            exportedAt: exportedAt, summary: revision.summary, startSecondOfDay: revision.startSecondOfDay,
            durationSeconds: revision.durationSeconds, isCancelled: revision.isCancelled)
    }
}
