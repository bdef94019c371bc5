/// What was exported last for one calendar event UID: a fingerprint of the event's content and its
/// SEQUENCE, and what a cancellation of it needs (its day, the SUMMARY written, its timing, whether it
/// was cancelled). `Render` computes it (`CalendarDocument.revisions`), `TrainingLog` remembers it
/// per calendar file: one type on both sides, so re-exporting an unchanged event keeps its SEQUENCE
/// and a changed one raises it.
public struct EventRevision: Sendable, Hashable {
    public var uid: String
    /// The day the event is on; an earlier event without one is never cancelled (and the log keeps
    /// only revisions with a day).
    public var day: CalendarDay?
    /// 16 hex digits (FNV-1a, 64 bits) over the event's lines other than DTSTAMP and SEQUENCE; opaque
    /// to the log.
    public var fingerprint: String
    public var sequence: Int
    /// The SUMMARY written ("Cancelled: …" for a cancelled event); nil when not known (older logs).
    public var summary: String?
    /// Local start time of a timed event, seconds since midnight; nil for an all-day event (or unknown).
    public var startSecondOfDay: Int?
    /// Length of a timed event in seconds; nil for an all-day event (or unknown).
    public var durationSeconds: Int?
    /// The event was last written with STATUS:CANCELLED.
    public var isCancelled: Bool

    public init(
        uid: String, day: CalendarDay? = nil, fingerprint: String, sequence: Int, summary: String? = nil,
        startSecondOfDay: Int? = nil, durationSeconds: Int? = nil, isCancelled: Bool = false
    ) {
        self.uid = uid
        self.day = day
        self.fingerprint = fingerprint
        self.sequence = sequence
        self.summary = summary
        self.startSecondOfDay = startSecondOfDay
        self.durationSeconds = durationSeconds
        self.isCancelled = isCancelled
    }
}
