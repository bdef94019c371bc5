/// Why a zone's rules could not be had: no such zone, or zone data RunRamp cannot read; with the
/// file (and byte offset) or the option/variable the name came from.
public struct ZoneInfoError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Hashable {
        /// No zone file for this identifier under the zone directory.
        case unknownTimeZone(String)
        /// The zone file is not TZif data RunRamp can read.
        case malformedTimeZoneData(String)
    }

    public var reason: Reason
    /// The zone file path, or the option or environment variable the zone name came from.
    public var location: String
    /// Byte offset inside `location` when it is a file, else nil.
    public var offset: Int?

    public init(_ reason: Reason, at location: String, offset: Int? = nil) {
        self.reason = reason
        self.location = location
        self.offset = offset
    }

    public var description: String {
        let place = offset.map { "\(location): byte \($0)" } ?? location
        switch reason {
        case .unknownTimeZone(let identifier):
            return "\(place): unknown time zone \"\(identifier)\"; use an Area/City name such as Europe/Berlin"
        case .malformedTimeZoneData(let detail):
            return "\(place): unreadable time-zone data (\(detail))"
        }
    }
}
