import RunModel

/// The plan's real dates (docs/planning-rules.md, "Calendar" and "This week"): the first planned day is today, or
/// the `--start` day when later; week 1 starts on the first Monday on or after it, and the days before that Monday
/// (when the first day is not a Monday) are "this week", week 0.
struct PlanDates: Sendable {
    let today: CalendarDay
    /// The first day that gets sessions.
    let firstDay: CalendarDay
    /// The Monday week 1 starts on.
    let firstMonday: CalendarDay

    init(today: CalendarDay, start: CalendarDay?) {
        self.today = today
        let first = max(today, start ?? today)
        self.firstDay = first
        self.firstMonday = first.adding(days: 6).monday
    }

    /// True when the plan holds the rest of the first day's week before week 1.
    var hasThisWeek: Bool { firstDay < firstMonday }

    /// The Monday of plan week `index` (0 = this week).
    func monday(ofWeek index: Int) -> CalendarDay { firstMonday.adding(days: 7 * (index - 1)) }

    /// The days of plan week `index` that get sessions: from the first day on in week 0, all seven otherwise.
    func days(ofWeek index: Int) -> [CalendarDay] {
        let monday = monday(ofWeek: index)
        return (0..<7).map { monday.adding(days: $0) }.filter { $0 >= firstDay }
    }
}
