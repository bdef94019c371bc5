public import RunModel

/// What was exported last for one UID: a fingerprint of the event's content and its SEQUENCE,
/// and what a cancellation of it needs (its day, the SUMMARY written, its timing, whether it was cancelled).
public struct EventRevision: Sendable, Hashable, Codable {
    public var uid: String
    /// The day the event is on; an earlier event without one is never cancelled.
    public var day: CalendarDay?
    /// 16 hex digits (FNV-1a, 64 bits) over the event's lines other than DTSTAMP and SEQUENCE.
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

    /// The revision to export for `uid` now: the same SEQUENCE when nothing changed since
    /// `previous`, one more when something did, 0 for a UID never exported.
    static func next(uid: String, fingerprint: String, previous: EventRevision?) -> EventRevision {
        guard let previous else { return EventRevision(uid: uid, fingerprint: fingerprint, sequence: 0) }
        let sequence = previous.fingerprint == fingerprint ? previous.sequence : previous.sequence + 1
        return EventRevision(uid: uid, fingerprint: fingerprint, sequence: sequence)
    }

    /// FNV-1a over the UTF-8 bytes of `text`, as 16 hex digits.
    static func fingerprint(of text: String) -> String {
        let hex = String(hash(of: text), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// FNV-1a (64 bits) over the UTF-8 bytes of `text`; stable across runs and platforms (unlike `Hasher`).
    /// Also the source of a workout's serial number (`PlanWorkouts.serial(of:)`).
    static func hash(of text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
