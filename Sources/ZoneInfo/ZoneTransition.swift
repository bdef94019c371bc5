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
