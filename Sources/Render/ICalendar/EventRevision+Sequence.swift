import RunModel

// How the iCalendar writer revises an event (the type itself is RunModel's, shared with the log).
extension EventRevision {
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
