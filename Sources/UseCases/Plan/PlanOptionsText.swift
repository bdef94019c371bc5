public import Planner
public import RunModel

/// The plan's options as the runner typed them (`runramp plan --weeks --days --long-run --max-week
/// --start`), checked into `PlanOptions`; a bad one is a `Refusal` naming the option.
public struct PlanOptionsText: Sendable, Hashable {
    public var weeks: Int
    /// "mon,tue,thu,sat,sun"; nil for every day.
    public var days: String?
    public var longRun: String
    /// "40km", "25mi", or a bare number in the plan's unit.
    public var maxWeek: String?
    /// The first day planned (YYYY-MM-DD), nil for today.
    public var start: String?

    public init(weeks: Int, days: String?, longRun: String, maxWeek: String?, start: String?) {
        self.weeks = weeks
        self.days = days
        self.longRun = longRun
        self.maxWeek = maxWeek
        self.start = start
    }

    /// A plan option that names nothing a plan can use, worded once (docs/errors.md).
    public enum Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        case weeks(Int)
        case longRun(String)
        case notAWeekday(String)
        case noWeekday
        case maxWeek(String)
        case startBeforeToday(String, today: CalendarDay)
        case goal(String)

        public var description: String {
            switch self {
            case .weeks(let weeks): "--weeks \(weeks): expected 1 to 12"
            case .longRun(let text): "--long-run \(text): expected a weekday such as sun"
            case .notAWeekday(let name): "--days: \(name) is not a weekday (use mon,tue,wed,thu,fri,sat,sun)"
            case .noWeekday: "--days: name at least one weekday"
            case .maxWeek(let text): "--max-week \(text): expected a distance such as 40km or 25mi"
            case .startBeforeToday(let text, let today): "--start \(text): must not be before today (\(today))"
            case .goal(let text): "--goal \(text): expected a weekly distance such as 35km or 20mi, or none"
            }
        }
    }

    /// The options for a plan made on `today`, checked in the order the options are listed; `unit`
    /// (the `--units` option, which reads a bare `--max-week`) is asked after `--weeks`.
    public func options(today: CalendarDay, unit: () throws -> DistanceUnit) throws -> PlanOptions {
        guard PlanOptions.weekRange.contains(weeks) else { throw Refusal.weeks(weeks) }
        let unit = try unit()
        guard let longRunDay = Weekday(parsing: longRun) else { throw Refusal.longRun(longRun) }
        var weekdays = Set(Weekday.allCases)
        if let days {
            weekdays = []
            for name in days.split(separator: ",", omittingEmptySubsequences: true) {
                guard let day = Weekday(parsing: String(name)) else { throw Refusal.notAWeekday(String(name)) }
                weekdays.insert(day)
            }
            guard !weekdays.isEmpty else { throw Refusal.noWeekday }
        }
        var ceiling: Double?
        if let maxWeek {
            guard let distance = Distance(parsing: maxWeek, defaultUnit: unit), distance.meters > 0 else {
                throw Refusal.maxWeek(maxWeek)
            }
            ceiling = distance.meters
        }
        var startDay: CalendarDay?
        if let start {
            let day = try RunEntryRefusal.day(start, option: "--start")
            guard day >= today else { throw Refusal.startBeforeToday(start, today: today) }
            startDay = day
        }
        return PlanOptions(
            weekdays: weekdays, longRunDay: longRunDay, weeklyCeilingMeters: ceiling, units: unit, weeks: weeks,
            start: startDay)
    }

    /// `--goal`: nil keeps the stored goal; `none` (or `off`) drops it; a distance (a bare number in
    /// `unit`) sets it.
    public static func goalChoice(_ text: String?, unit: DistanceUnit) throws(Refusal) -> GoalChoice {
        guard let text else { return .keep }
        if ["none", "off"].contains(text.lowercased()) { return .clear }
        guard let distance = Distance(parsing: text, defaultUnit: unit), distance.meters > 0 else {
            throw .goal(text)
        }
        return .set(meters: distance.meters)
    }
}
