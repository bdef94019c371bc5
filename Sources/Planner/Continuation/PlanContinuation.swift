import RunModel

/// How a re-plan builds on the plan stored before it (docs/weekly-loop.md, "Re-planning"):
/// when the last finished week of that plan was done as planned, no week of the new plan gets a
/// smaller target or long run than the stored plan had for it (nor than the stored plan's
/// progression gives for the weeks after it), and the back-care routine keeps counting weeks.
struct PlanContinuation: Sendable {
    /// The share of a planned distance that counts as done (GPS tracks measure a little short).
    static let doneShare = 0.95

    let previous: PlanRecord
    /// Targets in tenths for the Mondays of the stored plan and its progression.
    private let continuedTenths: [CalendarDay: (tenths: Int, isCutback: Bool)]

    /// Nil when there is nothing to continue: no stored plan, one without running weeks, one
    /// that ended more than a week before `firstMonday`, one in other units than `units`, or a last
    /// finished week not done as planned.
    init?(previous: PlanRecord?, history: RunHistory, firstMonday: CalendarDay, weeks: Int, units: DistanceUnit) {
        // Targets are continued in tenths of the unit: a plan in another unit starts afresh.
        guard let previous, previous.units == units, previous.hasPlausibleDistances,
            [.build, .return, .hold].contains(previous.mode),
            let last = previous.weeks.last, firstMonday <= last.start.adding(days: 7),
            let first = previous.weeks.first, first.start <= firstMonday
        else { return nil }
        let finished = previous.weeks.filter {
            $0.start.adding(days: 7) <= firstMonday && $0.start.adding(days: 6) <= history.today
        }
        if let week = finished.last(where: { $0.plannedMeters > 0 }) {
            let done = history.entries(from: week.start, to: week.start.adding(days: 7))
            let doneMeters = done.reduce(0) { $0 + $1.meters }
            let longest = done.map(\.meters).max() ?? 0
            guard doneMeters >= Self.doneShare * week.plannedMeters, longest >= Self.doneShare * week.longestRunMeters
            else {
                return nil
            }
        }
        self.previous = previous
        var continued: [CalendarDay: (tenths: Int, isCutback: Bool)] = [:]
        let units = previous.units
        var lastBuild = 0
        var sinceCutback = 0
        var previousTenths = 0
        var monday = first.start
        let end = firstMonday.adding(days: 7 * weeks)
        while monday < end {
            let entry: (tenths: Int, isCutback: Bool)
            if let stored = previous.week(startingOn: monday) {
                entry = (units.floorTenths(stored.targetMeters), stored.isCutback)
            } else if sinceCutback >= 3 {
                entry = (WeeklyTargets.scaled(previousTenths, 0.75), true)
            } else if sinceCutback == 0 {
                // The week after a cutback returns to the last build week's target.
                entry = (max(lastBuild, previousTenths), false)
            } else {
                entry = (WeeklyTargets.scaled(previousTenths, 1.10), false)
            }
            continued[monday] = entry
            if entry.isCutback {
                sinceCutback = 0
            } else {
                sinceCutback += 1
                lastBuild = entry.tenths
            }
            previousTenths = entry.tenths
            monday = monday.adding(days: 7)
        }
        self.continuedTenths = continued
    }

    /// `fresh` for weeks starting on `mondays`, following the stored plan's progression (held to
    /// `ceilingTenths`): a week `fresh` makes lighter (the runner's own cycle) is lighter at its continued
    /// target or 0.75 × the week before, whichever is larger; any other week gets the
    /// larger of the fresh and the continued target, at most 10 % over the week before unless that one
    /// is lighter. The planned totals stay under the growth rule: a raised first week is measured
    /// against the stored plan's last full week before it (or `historyTenths`, the last week run, when
    /// larger) and may always plan its fresh target; the later weeks against the week before or, after
    /// a lighter week, the last full week.
    ///
    /// In a build plan (`isBuild`) the weeks beyond the stored plan go on from this plan's own weeks, in its cycle; a
    /// return plan's fresh targets hold its steps there. With `wholeWeekTargets` (one or two run days: a target is the
    /// whole week's, the run days hold it) a first lighter week is lighter than the continued week before it.
    func targets(
        _ fresh: WeeklyTargets, mondays: [CalendarDay], ceilingTenths: Int, historyTenths: Int, isBuild: Bool,
        wholeWeekTargets: Bool
    ) -> WeeklyTargets {
        var result = fresh
        var lastFull: Int?  // this plan's last week that is not lighter, so far
        for (k, monday) in mondays.enumerated() where k < fresh.tenths.count {
            defer { if !result.isCutback[k] { lastFull = result.tenths[k] } }
            guard var continued = continuedTenths[monday] else { continue }
            // Beyond the stored plan its progression goes on from this plan's own weeks and in this plan's cycle
            // (its own count of weeks since a lighter one would put a lighter week where this plan has a full one).
            if isBuild, k > 0, previous.week(startingOn: monday) == nil {
                continued.tenths =
                    result.isCutback[k - 1]
                    ? lastFull ?? continued.tenths : WeeklyTargets.scaled(result.tenths[k - 1], 1.10)
            }
            // Which weeks are lighter is the runner's own cycle's (in `fresh`), which follows the stored plan's
            // lighter weeks; a stored hold plan has none and does not move them.
            let isCutback = fresh.isCutback[k]
            var tenths: Int
            if isCutback {
                tenths = min(continued.isCutback ? continued.tenths : fresh.tenths[k], ceilingTenths)
                // Lighter than the week before it on the scale the weeks are continued at (with one or two run days a
                // fresh target measured on last week's runs would halve those runs again).
                let before =
                    k > 0
                    ? result.tenths[k - 1]
                    : wholeWeekTargets ? continuedTenths[monday.adding(days: -7)]?.tenths : nil
                if let before { tenths = max(tenths, min(WeeklyTargets.scaled(before, 0.75), ceilingTenths)) }
            } else {
                tenths = max(min(continued.tenths, ceilingTenths), fresh.tenths[k])
                // The return step, and a step the stored plan itself took from a week this plan keeps, stand.
                let storedStep =
                    k > 0 && continuedTenths[mondays[k - 1]].map { result.tenths[k - 1] >= $0.tenths } == true
                    && previous.week(startingOn: monday) != nil
                if k > 0, !result.isCutback[k - 1], fresh.reference[k] != .returnStep, !storedStep {
                    tenths = min(tenths, WeeklyTargets.scaled(result.tenths[k - 1], 1.10))
                }
            }
            result.tenths[k] = tenths
            if k == 0, !isCutback, tenths > fresh.tenths[0],
                let stored = lastFullPlannedTenths(before: monday)
            {
                result.reference[0] = .continued(
                    limit: max(fresh.tenths[0], PlanBuilder.growthLimit(max(stored, historyTenths))))
            }
        }
        // The lighter weeks may have moved: each later week is measured as the build rule measures it.
        for k in result.tenths.indices.dropFirst() where result.reference[k] != .returnStep {
            result.reference[k] = !result.isCutback[k] && result.isCutback[k - 1] ? .lastFullWeek : .previousWeek
        }
        return result
    }

    /// The stored plan's planned total, in tenths, of its last whole week before `monday` that was not
    /// lighter (the rest of the week the plan was made in is not a whole week).
    func lastFullPlannedTenths(before monday: CalendarDay) -> Int? {
        previous.weeks.last {
            $0.start < monday && $0.start >= previous.madeOn && !$0.isCutback && $0.plannedMeters > 0
        }
        .map { previous.units.floorTenths($0.plannedMeters) }
    }

    /// The continued target in tenths for the week of `monday` (nil when neither the stored plan nor its
    /// progression reaches it).
    func targetTenths(monday: CalendarDay) -> Int? { continuedTenths[monday]?.tenths }

    /// The back-care week number of the plan week starting on `monday` (`index` in its plan):
    /// the stored plan's count carried on, or `index` when there is no stored plan close enough.
    static func backCareWeek(for monday: CalendarDay, index: Int, previous: PlanRecord?) -> Int {
        // Numbers read back from the log are trusted only in a plausible range (a few years of weeks).
        let plausible = 1...1_000
        guard let previous, let first = previous.weeks.first, let last = previous.weeks.last,
            first.start <= monday, monday <= last.start.adding(days: 7 * 4), plausible.contains(first.backCareWeek)
        else { return index }
        if let stored = previous.week(startingOn: monday) {
            return plausible.contains(stored.backCareWeek) ? stored.backCareWeek : index
        }
        return first.backCareWeek + first.start.days(to: monday) / 7
    }
}

extension PlanRecord {
    /// The largest distance a stored plan may hold (a week of 1,000 km): a record read back from
    /// the log with anything else is not continued, so no conversion to tenths can trap.
    public static let maximumMeters = 1_000_000.0

    /// True when every target, total and session distance is finite and in 0...`maximumMeters`.
    var hasPlausibleDistances: Bool {
        let plausible = { (meters: Double) in meters.isFinite && meters >= 0 && meters <= Self.maximumMeters }
        return weeks.allSatisfy { week in
            plausible(week.targetMeters) && plausible(week.plannedMeters)
                && week.sessions.allSatisfy { $0.distanceMeters.map(plausible) ?? true }
        }
    }
}
