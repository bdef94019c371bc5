/// A figure no body or watch produces, dropped from a run that is otherwise usable
/// (`PlausibleValues.check`). It travels typed to the import report; `description` is its one
/// wording ("average heart rate 1e+20 bpm dropped (outside 20–250)").
public enum DroppedValue: Sendable, Hashable, CustomStringConvertible {
    /// An optional figure of the run, with the bounds it is checked against.
    public enum Figure: Sendable, Hashable, CaseIterable {
        case averageHeartRate, maxHeartRate, averageCadence, climb, descent

        /// "average heart rate", "climb", …
        public var name: String {
            switch self {
            case .averageHeartRate: "average heart rate"
            case .maxHeartRate: "maximum heart rate"
            case .averageCadence: "average cadence"
            case .climb: "climb"
            case .descent: "descent"
            }
        }

        /// "bpm", "/min" or "m".
        public var unit: String {
            switch self {
            case .averageHeartRate, .maxHeartRate: "bpm"
            case .averageCadence: "/min"
            case .climb, .descent: "m"
            }
        }

        /// The plausible values of the figure (`PlausibleValues`).
        public var range: ClosedRange<Double> {
            switch self {
            case .averageHeartRate, .maxHeartRate: PlausibleValues.heartRate
            case .averageCadence: PlausibleValues.cadence
            case .climb, .descent: PlausibleValues.elevationChangeMeters
            }
        }
    }

    /// A value of the track points; the cases are in the order of their names, the order the notes take.
    public enum SampleValue: Sendable, Hashable, CaseIterable {
        case cadences, distances, elevations, heartRates, times

        /// "cadences", "heart rates", …
        public var name: String {
            switch self {
            case .cadences: "cadences"
            case .distances: "distances"
            case .elevations: "elevations"
            case .heartRates: "heart rates"
            case .times: "times"
            }
        }
    }

    /// A total that is negative, infinite or not a number, read as 0.
    case totalReadAsZero(ImplausibleValue.Total, Double)
    /// A UTC offset of more than 18 hours (seconds).
    case utcOffset(Int)
    /// An optional figure outside its bounds.
    case figure(Figure, Double)
    /// This many track points lost one kind of value.
    case samples(SampleValue, count: Int)
    /// A name longer than this many characters, cut to them.
    case nameCut(Int)

    public var description: String {
        switch self {
        case .totalReadAsZero(let total, let value): "\(total.name) \(value) read as 0"
        case .utcOffset(let seconds): "UTC offset \(seconds) s dropped (more than 18 hours)"
        case .figure(let figure, let value):
            "\(figure.name) \(value) \(figure.unit) dropped (outside \(Int(saturating: figure.range.lowerBound))–\(Int(saturating: figure.range.upperBound)))"
        case .samples(let value, let count): "\(count) track point \(value.name) dropped (impossible values)"
        case .nameCut(let scalars): "a name of more than \(scalars) characters cut to its first \(scalars)"
        }
    }
}
