public import RunModel

/// A field of a CSV log row or of Strava's activities.csv that is not a value the log can use: the
/// field, the text found and what was expected. `description` is its one wording
/// (`date "20.11.2026": expected YYYY-MM-DD`).
public struct MalformedField: Sendable, Hashable, CustomStringConvertible {
    /// Which field, named as the file names it.
    public enum Field: Sendable, Hashable {
        case date, distance, duration, sport
        /// Strava's "Activity Date", "Moving Time" and "Distance".
        case stravaDate, stravaMovingTime, stravaDistance

        var name: String {
            switch self {
            case .date: "date"
            case .distance: "distance"
            case .duration: "duration"
            case .sport: "sport"
            case .stravaDate: "Activity Date"
            case .stravaMovingTime: "Moving Time"
            case .stravaDistance: "Distance"
            }
        }
    }

    /// What the field should have held.
    public enum Expected: Sendable, Hashable {
        /// A day, and why the text is none.
        case day(CalendarDayProblem)
        case dayAndTime, distance, duration, sport
        case stravaDate, seconds, metres, kilometres

        var text: String {
            switch self {
            case .day(let problem): problem.description
            case .dayAndTime: "expected YYYY-MM-DD or YYYY-MM-DD HH:MM"
            case .distance: "expected e.g. 5km, 3.1mi or 800m"
            case .duration: "expected e.g. 31:20 or 1:02:03"
            case .sport: "expected one of \(Sport.allCases.map(\.rawValue).joined(separator: ", "))"
            case .stravaDate: "expected e.g. \"Aug 20, 2026, 1:15:23 PM\""
            case .seconds: "expected seconds"
            case .metres: "expected metres"
            case .kilometres: "expected kilometres"
            }
        }
    }

    public var field: Field
    /// The text found in the field.
    public var value: String
    public var expected: Expected

    public init(_ field: Field, _ value: String, _ expected: Expected) {
        self.field = field
        self.value = value
        self.expected = expected
    }

    public var description: String { "\(field.name) \"\(value)\": \(expected.text)" }
}
