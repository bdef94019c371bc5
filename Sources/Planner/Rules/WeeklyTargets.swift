import RunModel

/// Each plan week's target in tenths of the display unit, which weeks are cutbacks, and what each week's planned
/// total is held against (docs/planning-rules.md, "Weekly target", "Cutback weeks", "Return after a break").
struct WeeklyTargets: Sendable {
    /// What a week's planned total may not outgrow by more than 10 % (docs/planning-rules.md, "Planned totals").
    enum Reference: Sendable, Hashable {
        /// Week 1: its target already is at most 1.10 × max(W1, B4).
        case history
        /// The planned total of the week before.
        case previousWeek
        /// The planned total of the last week that was not a cutback (the week after a cutback).
        case lastFullWeek
        /// Return mode's one step from 50 % to 75 % of P: at most 1.5 × the week before.
        case returnStep
        /// A first week a re-plan raised to the stored plan's (docs/weekly-loop.md, "Re-planning"): at most
        /// `limit` tenths, 1.10 × the stored plan's last full week's planned total (or the last week run),
        /// and never less than the fresh target.
        case continued(limit: Int)
    }

    var tenths: [Int] = []
    var isCutback: [Bool] = []
    var reference: [Reference] = []

    mutating func append(_ target: Int, cutback: Bool, reference: Reference, ceiling: Int) {
        tenths.append(max(0, min(target, ceiling)))
        isCutback.append(cutback)
        self.reference.append(reference)
    }

    /// `value` × `factor`, floored to whole tenths (with a tolerance for binary floating point).
    static func scaled(_ value: Int, _ factor: Double) -> Int { Int((factor * Double(value) + 1e-7).rounded(.down)) }

    /// True when each of the last three weeks rose by 5 % or more over the week before it.
    static func isRising(_ history: HistoryFigures) -> Bool {
        let w = history.lastFourWeeksMeters
        return (0..<3).allSatisfy { w[$0] > 0 && w[$0] >= 1.05 * w[$0 + 1] }
    }

    /// Build mode: +10 % a week from max(W1, B4) (at most 1.30 × B4); the lighter weeks of the runner's own `cycle`
    /// at 0.75 × the week before; the week after a cutback returns to the last full week's target and the growth
    /// goes on from there.
    static func build(
        history: HistoryFigures, weeks: Int, cycle: LighterWeekCycle, ceilingTenths: Int, units: DistanceUnit
    ) -> WeeklyTargets {
        let w = history.lastFourWeeksMeters
        let b4 = history.averageWeekMeters
        var result = WeeklyTargets()
        // The last full (not cutback) week's target; before week 1 that is W1.
        var lastFull = units.floorTenths(w[0])
        for k in 1...weeks {
            let cutback = cycle.isLighter(week: k)
            if k == 1 {
                let target =
                    cutback
                    ? units.floorTenths(0.75 * w[0]) : units.floorTenths(min(1.10 * max(w[0], b4), 1.30 * b4))
                result.append(target, cutback: cutback, reference: .history, ceiling: ceilingTenths)
            } else if cutback {
                result.append(
                    scaled(result.tenths[k - 2], 0.75), cutback: true, reference: .previousWeek, ceiling: ceilingTenths)
            } else if result.isCutback[k - 2] {
                result.append(lastFull, cutback: false, reference: .lastFullWeek, ceiling: ceilingTenths)
            } else {
                result.append(
                    scaled(result.tenths[k - 2], 1.10), cutback: false, reference: .previousWeek, ceiling: ceilingTenths
                )
            }
            if !cutback { lastFull = result.tenths[k - 1] }
        }
        return result
    }

    /// Return mode: ceil(off/2) weeks at 50 % of P, floor(off/2) at 75 %, then +10 % a week; once a week reaches
    /// 100 % of P the cutback rhythm of build mode applies after it (every 4th plan week at 0.75 × the week before).
    /// `weeksBehind`: weeks of a return under way already behind week 1 (Rules/ReturnUnderWay), whose steps are skipped.
    static func comeback(
        history: HistoryFigures, gapDays: Int, weeks: Int, weeksBehind: Int = 0, ceilingTenths: Int,
        units: DistanceUnit
    ) -> WeeklyTargets {
        let p = history.weekAverageBeforeBreakMeters ?? 0
        let pTenths = units.floorTenths(p)
        let off = (gapDays + 6) / 7
        let half = (off + 1) / 2
        let threeQuarters = off / 2
        var result = WeeklyTargets()
        var reachedP: Int?  // the plan week whose target first reached P
        var lastFull = 0
        for k in 1...(weeks + weeksBehind) {
            var cutback = false
            if k <= half {
                result.append(
                    units.floorTenths(0.5 * p), cutback: false, reference: k == 1 ? .history : .previousWeek,
                    ceiling: ceilingTenths)
            } else if k <= half + threeQuarters {
                let step = k == half + 1 && k > 1
                result.append(
                    units.floorTenths(0.75 * p), cutback: false,
                    reference: step ? .returnStep : k == 1 ? .history : .previousWeek,
                    ceiling: ceilingTenths)
            } else if let reached = reachedP, k > reached, k % 4 == 0 {
                cutback = true
                result.append(
                    scaled(result.tenths[k - 2], 0.75), cutback: true, reference: .previousWeek, ceiling: ceilingTenths)
            } else if k > 1, result.isCutback[k - 2] {
                result.append(lastFull, cutback: false, reference: .lastFullWeek, ceiling: ceilingTenths)
            } else {
                let previous = k > 1 ? result.tenths[k - 2] : units.floorTenths(0.75 * p)
                result.append(
                    scaled(previous, 1.10), cutback: false, reference: k == 1 ? .history : .previousWeek,
                    ceiling: ceilingTenths)
            }
            if !cutback { lastFull = result.tenths[k - 1] }
            if reachedP == nil, pTenths > 0, result.tenths[k - 1] >= pTenths { reachedP = k }
        }
        return result.droppingFirst(weeksBehind)
    }

    /// The targets without their first `count` weeks.
    func droppingFirst(_ count: Int) -> WeeklyTargets {
        guard count > 0 else { return self }
        var result = self
        result.tenths.removeFirst(count)
        result.isCutback.removeFirst(count)
        result.reference.removeFirst(count)
        // The new first week has no planned week before it in this plan: it is held by the history (1.10 × R, or the
        // return's level, which stands).
        if let first = result.reference.first, first == .previousWeek || first == .returnStep {
            result.reference[0] = .history
        }
        return result
    }

    /// Hold mode: every week at min(W1, B4).
    static func hold(history: HistoryFigures, weeks: Int, ceilingTenths: Int, units: DistanceUnit) -> WeeklyTargets {
        level(
            units.floorTenths(min(history.lastFourWeeksMeters[0], history.averageWeekMeters)), weeks: weeks,
            ceilingTenths: ceilingTenths)
    }

    /// Every week at `tenths` (hold mode; after a break, the return rule's first level).
    static func level(_ tenths: Int, weeks: Int, ceilingTenths: Int) -> WeeklyTargets {
        var result = WeeklyTargets()
        for k in 1...weeks {
            result.append(tenths, cutback: false, reference: k == 1 ? .history : .previousWeek, ceiling: ceilingTenths)
        }
        return result
    }
}
