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
