/// One kind of local time a zone uses: its UTC offset, whether it is daylight saving, its abbreviation.
public struct LocalTimeType: Sendable, Hashable {
    /// Seconds east of UTC (+3600 for CET).
    public var utcOffsetSeconds: Int
    public var isDaylightSaving: Bool
    /// "CET", "CEST", "+0530"…
    public var abbreviation: String

    public init(utcOffsetSeconds: Int, isDaylightSaving: Bool, abbreviation: String) {
        self.utcOffsetSeconds = utcOffsetSeconds
        self.isDaylightSaving = isDaylightSaving
        self.abbreviation = abbreviation
    }
}

/// The moment a zone switches to another local time type.
public struct ZoneTransition: Sendable, Hashable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var instant: Int64
    public var from: LocalTimeType
    public var to: LocalTimeType

    public init(instant: Int64, from: LocalTimeType, to: LocalTimeType) {
        self.instant = instant
        self.from = from
        self.to = to
    }
}
