import Planner
import RunModel

/// Locale-independent text for dates, durations, percentages and ratios, so rendered files are byte-stable.
enum DisplayFormat {
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "30 Nov"
    static func shortDate(_ day: CalendarDay) -> String {
        let (_, month, dayOfMonth) = day.components
        return "\(dayOfMonth) \(monthNames[month - 1])"
    }

    /// "30 Nov 2026"
    static func longDate(_ day: CalendarDay) -> String { "\(shortDate(day)) \(day.components.year)" }

    /// "Mon 30 Nov"
    static func dayLabel(_ day: CalendarDay) -> String { "\(Weekday(of: day).shortName) \(shortDate(day))" }

    /// "30 Nov – 6 Dec 2026"
    static func range(_ from: CalendarDay, _ to: CalendarDay) -> String {
        from.components.year == to.components.year
            ? "\(shortDate(from)) – \(longDate(to))" : "\(longDate(from)) – \(longDate(to))"
    }

    /// "45 min", "1 h 08 min"
    static func duration(seconds: Int) -> String {
        let minutes = (seconds + 59) / 60
        guard minutes >= 60 else { return "\(minutes) min" }
        let rest = minutes % 60
        return "\(minutes / 60) h \(rest < 10 ? "0" : "")\(rest) min"
    }

    /// "+9 %", "−12 %", "0 %"
    static func percent(_ change: Double) -> String {
        guard change.isFinite else { return "–" }
        let value = Int(saturating: (change * 100).rounded())
        return value > 0 ? "+\(value) %" : value < 0 ? "−\(-value) %" : "0 %"
    }

    /// A number with two decimals: "1.08".
    static func twoDecimals(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let hundredths = Int(saturating: (abs(value) * 100).rounded())
        let fraction = hundredths % 100
        return "\(value < 0 ? "-" : "")\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// "6:00 /km" from seconds per kilometre, in the plan's unit.
    static func pace(secondsPerKilometer: Double, units: DistanceUnit) -> String {
        let perUnit = Int(saturating: (secondsPerKilometer * units.metersPerUnit / 1000).rounded())
        let seconds = perUnit % 60
        return "\(perUnit / 60):\(seconds < 10 ? "0" : "")\(seconds) /\(units.rawValue)"
    }

    /// What a mode means, in one sentence.
    static func modeSummary(_ mode: PlanMode) -> String {
        switch mode {
        case .build: "gradual build: at most +10 % a week, a lighter week every 4th week."
        case .beginner: "NHS Couch-to-5K: time-based run/walk sessions, three a week."
        case .return: "return after a break: 50 %, then 75 % of your usual week, then +10 % a week."
        case .hold: "hold for mild back pain: same volume every week, no long-run growth."
        case .paused: "running paused: an easy walk each day and back care, only when pain-free."
        case .urgent: "no plan: seek urgent medical care."
        }
    }

    /// Session kind as a table cell.
    static func kindName(_ kind: Session.Kind) -> String {
        switch kind {
        case .easyRun: "Easy run"
        case .longRun: "Long run"
        case .runWalk: "Run/walk"
        case .backCare: "Back care"
        case .walk: "Easy walk"
        }
    }
}
