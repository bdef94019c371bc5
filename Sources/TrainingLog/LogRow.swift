/// Which stored row an error is about: its table and its id (docs/errors.md names the messages).
public enum LogRow: Sendable, Hashable, CustomStringConvertible {
    /// A run, by its id.
    case run(String)
    case checkIn(Int64)
    case plan(Int64)
    /// What an export wrote for one calendar event, by its UID.
    case calendarEvent(uid: String)
    case sessionEffort(Int64)
    case heartRateSetting(Int64)
    case trimpConstantsSetting(Int64)
    /// The log's own identity (its calendar id).
    case logIdentity

    /// "run 1c89be99", "check-in 12", "calendar event 20261206-run-3f9a2c@runramp".
    public var description: String {
        switch self {
        case .run(let id): "run \(id)"
        case .checkIn(let id): "check-in \(id)"
        case .plan(let id): "plan \(id)"
        case .calendarEvent(let uid): "calendar event \(uid)"
        case .sessionEffort(let id): "session effort \(id)"
        case .heartRateSetting(let id): "heart-rate setting \(id)"
        case .trimpConstantsSetting(let id): "TRIMP constants setting \(id)"
        case .logIdentity: "the log's identity"
        }
    }
}
