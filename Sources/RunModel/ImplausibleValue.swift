/// Why a run is unusable: a value no body or watch produces (`PlausibleValues`). It travels typed
/// from the check to the import report, the log's memory of a refused file and the note on a
/// stored row; `description` is its one wording ("distance 1e+300 m is more than 2000 km").
public indirect enum ImplausibleValue: Sendable, Hashable, CustomStringConvertible {
    /// A total of a run or lap.
    public enum Total: Sendable, Hashable {
        case elapsedTime, movingTime, distance

        /// "elapsed time", "moving time", "distance".
        public var name: String {
            switch self {
            case .elapsedTime: "elapsed time"
            case .movingTime: "moving time"
            case .distance: "distance"
            }
        }

        /// "s" or "m".
        public var unit: String { self == .distance ? "m" : "s" }
    }

    /// A start instant (Unix seconds) outside 1900–2100.
    case startTime(Double)
    /// An elapsed or moving time over 30 days, or a distance over 2,000 km.
    case tooLarge(Total, Double)
    /// The problem of one lap (1-based).
    case lap(Int, ImplausibleValue)
    /// A stored total the import never writes: negative, infinite or not a number.
    case storedTotal(Total, Double)

    public var description: String {
        switch self {
        case .startTime(let seconds):
            "start time \(PlausibleValues.instantText(seconds)) is not between 1900 and 2100"
        case .tooLarge(let total, let value):
            "\(total.name) \(value) \(total.unit) is more than \(total == .distance ? "2000 km" : "30 days")"
        case .lap(let number, let problem): "lap \(number): \(problem)"
        case .storedTotal(let total, let value):
            "\(total.name) \(value) \(total.unit) is \(value.isNaN ? "not a number" : value.isInfinite ? "infinite" : "negative")"
        }
    }
}
