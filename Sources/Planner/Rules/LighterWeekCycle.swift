import RunModel

/// Where the runner stands in their own build/lighter cycle (docs/planning-rules.md, "Cutback weeks"): the
/// lighter week comes every fourth week counted from the lighter weeks the runner's last plan had, whatever
/// the weekday a plan is made on, so re-planning every week never pushes it away.
struct LighterWeekCycle: Sendable, Hashable {
    /// Full weeks of the cycle before plan week 1 (0…3): plan week `k` is lighter when `(position + k) % 4 == 0`.
    let position: Int

    /// True when plan week `k` (0 = the rest of this week) is the cycle's lighter week.
    func isLighter(week k: Int) -> Bool { (position + k) % 4 == 0 }

    /// The cycle of a build plan whose week 1 starts on `firstMonday`.
    ///
    /// - With a stored build or return plan (`previous`, or else `lastBuild` when a plan of another kind came
    ///   between) that reaches the week before `firstMonday` and has a lighter week, the cycle follows it: every
    ///   fourth Monday from that week is lighter, this week (`hasThisWeek`) included. A Couch-to-5K plan made on a
    ///   Monday and left on the Thursday does not restart the count.
    /// - Otherwise a fresh cycle: week 0, when the plan has one, counts as the first full week; the fourth is
    ///   lighter, or week 1 already when the last three weeks each rose by 5 % or more (`rising`).
    static func of(
        previous: PlanRecord?, lastBuild: PlanRecord?, firstMonday: CalendarDay, hasThisWeek: Bool, rising: Bool
    ) -> LighterWeekCycle {
        let anchor = [previous, lastBuild].lazy.compactMap { $0 }.first { $0.mode.carriesTheCycle }
        if let anchor, let last = anchor.weeks.last, last.start >= firstMonday.adding(days: -7),
            let lighter = anchor.weeks.last(where: \.isCutback)
        {
            let weeks = lighter.start.days(to: firstMonday) / 7
            // Plan week 1 is `weeks` weeks after the anchor; the anchor itself is position 3 before its week.
            return LighterWeekCycle(position: ((weeks + 3) % 4 + 4) % 4)
        }
        if rising { return LighterWeekCycle(position: 3) }
        return LighterWeekCycle(position: hasThisWeek ? 1 : 0)
    }
}
