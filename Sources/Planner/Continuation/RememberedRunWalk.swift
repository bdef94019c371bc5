/// A Couch-to-5K session a stored plan had on a day, as far as a later plan needs it: a run done that day was a
/// continuous run as long as the session's longest running block (not the whole recorded time, walks included)
/// and one session of its programme week.
public struct RememberedRunWalk: Sendable, Hashable {
    /// The session's longest running block in seconds.
    public var longestRunSeconds: Int
    /// The session's programme week, 1–9 (nil in records older than the field).
    public var programmeWeek: Int?

    public init(longestRunSeconds: Int, programmeWeek: Int?) {
        self.longestRunSeconds = longestRunSeconds
        self.programmeWeek = programmeWeek
    }
}
