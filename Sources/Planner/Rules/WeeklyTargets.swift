import RunModel
/// R4, R5, R3.3 and R10: each plan week's target in tenths of the display unit, and which weeks are cutbacks.
struct WeeklyTargets: Sendable {
    var tenths: [Int]
    var isCutback: [Bool]

    /// Build mode: +10 % a week from max(W1, B4) (at most 1.30 × B4), a cutback at 0.75 × the week before every
    /// 4th week, or first when the last three weeks each rose by 5 % or more.
    static func build(history: HistoryFigures, weeks: Int, ceilingTenths: Int, units: DistanceUnit) -> WeeklyTargets {
        let w = history.lastFourWeeksMeters
        let b4 = history.averageWeekMeters
        let rising = (0..<3).allSatisfy { w[$0] > 0 && w[$0] >= 1.05 * w[$0 + 1] }
        var result = WeeklyTargets(tenths: [], isCutback: [])
        for k in 1...weeks {
            let cutback = rising ? (k - 1) % 4 == 0 : k % 4 == 0
            var target: Int
            if k == 1 {
                target = cutback
                    ? units.floorTenths(0.75 * w[0])
                    : units.floorTenths(min(1.10 * max(w[0], b4), 1.30 * b4))
            } else {
                let previous = Double(result.tenths[k - 2])
                target = Int(((cutback ? 0.75 : 1.10) * previous + 1e-7).rounded(.down))
            }
            target = min(target, ceilingTenths)
            result.tenths.append(target)
            result.isCutback.append(cutback)
        }
        return result
    }

    /// Return mode: ceil(off/2) weeks at 50 % of P, floor(off/2) at 75 %, then +10 % a week; no cutback.
    static func comeback(history: HistoryFigures, gapDays: Int, weeks: Int, ceilingTenths: Int, units: DistanceUnit)
        -> WeeklyTargets
    {
        let p = history.weekAverageBeforeBreakMeters ?? 0
        let off = (gapDays + 6) / 7
        let half = (off + 1) / 2
        let threeQuarters = off / 2
        var tenths: [Int] = []
        for k in 1...weeks {
            var target: Int
            if k <= half {
                target = units.floorTenths(0.5 * p)
            } else if k <= half + threeQuarters {
                target = units.floorTenths(0.75 * p)
            } else {
                target = Int((1.10 * Double(tenths[k - 2]) + 1e-7).rounded(.down))
            }
            tenths.append(min(target, ceilingTenths))
        }
        return WeeklyTargets(tenths: tenths, isCutback: Array(repeating: false, count: weeks))
    }

    /// Hold mode: every week at min(W1, B4).
    static func hold(history: HistoryFigures, weeks: Int, ceilingTenths: Int, units: DistanceUnit) -> WeeklyTargets {
        let target = min(units.floorTenths(min(history.lastFourWeeksMeters[0], history.averageWeekMeters)), ceilingTenths)
        return WeeklyTargets(
            tenths: Array(repeating: target, count: weeks), isCutback: Array(repeating: false, count: weeks))
    }
}
