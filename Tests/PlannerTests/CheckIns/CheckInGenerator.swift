import Planner
import RunModel
import TestSupport

/// Generated check-in histories: answers a few days apart, mostly none or mild, sometimes
/// persistent pain or a warning sign (rarely a red flag), sometimes a clearance.
enum CheckInGenerator {
    static func make(seed: UInt64, start: CalendarDay = CalendarDay(daysSinceEpoch: 20_400)) -> [CheckIn] {
        var rng = SplitMix64(plannerSeed: seed)
        var day = start
        var list: [CheckIn] = []
        // A third of the histories are mostly mild pain, so long mild spells are common enough.
        let mildHeavy = seed % 3 == 0
        for _ in 0..<Int.random(in: 1...25, using: &rng) {
            day = day.adding(days: Int.random(in: 0...4, using: &rng))
            var roll = Int.random(in: 0..<100, using: &rng)
            if mildHeavy { roll = roll < 10 ? 44 : (roll < 95 ? 60 : roll) }
            var checkIn: CheckIn
            switch roll {
            case ..<45: checkIn = CheckIn(day: day, backPain: .none)
            case ..<75: checkIn = CheckIn(day: day, backPain: .mild)
            case ..<85: checkIn = CheckIn(day: day, backPain: .persistent)
            case ..<95:
                let mild: [Symptom] = [.radiatingPain, .numbness, .tingling, .weakness]
                checkIn = CheckIn(day: day, backPain: .mild, symptoms: [mild.randomElement(using: &rng) ?? .numbness])
            default:
                let urgent = Symptom.allCases.filter(\.isUrgent)
                checkIn = CheckIn(
                    day: day, backPain: .persistent, symptoms: [urgent.randomElement(using: &rng) ?? .bothLegs])
            }
            checkIn.isCleared = !checkIn.pausesRunning && Int.random(in: 0..<10, using: &rng) == 0
            list.append(checkIn)
        }
        return list
    }
}

/// The check-in rule stated a second way, over the whole list at once, for the properties.
struct CheckInOracle {
    let checkIns: [CheckIn]

    /// The check-ins read in order: whether running is stopped after all of them, and the index of
    /// the check-in that lifted the last pause. A clearance lifts any pause; seven pain-free days in a
    /// row lift only a pause without warning signs (no leg signs, not urgent).
    var reading: (isStopped: Bool, lastLift: Int?) {
        var stopped = false
        var signs = false
        var streakStart: CalendarDay?
        var lastLift: Int?
        for (i, c) in checkIns.enumerated() {
            if c.pausesRunning {
                signs = (stopped && signs) || !c.symptoms.isEmpty
                stopped = true
                streakStart = nil
                continue
            }
            guard stopped else { continue }
            var lifts = c.isCleared
            if c.isPainFree {
                let first = streakStart ?? c.day
                streakStart = first
                lifts = lifts || (!signs && first.days(to: c.day) >= 6)
            } else {
                streakStart = nil
            }
            if lifts {
                stopped = false
                streakStart = nil
                lastLift = i
            }
        }
        return (stopped, lastLift)
    }

    /// Index of the check-in after `p` that lifted the last pause, nil when none did.
    func lift(after p: Int) -> Int? { reading.lastLift.flatMap { $0 > p ? $0 : nil } }

    /// The last check-in that stops running, and whether running is still stopped after all of them.
    var lastPause: Int? { checkIns.lastIndex(where: \.pausesRunning) }
    var isStopped: Bool { reading.isStopped }

    /// Days, first and last included, of the mild pain that ends the list (0 when it does not end in mild pain).
    var trailingMildDays: Int {
        guard let last = checkIns.last, last.backPain == .mild, !last.pausesRunning else { return 0 }
        var first = last.day
        for c in checkIns.reversed() {
            guard c.backPain == .mild, !c.pausesRunning else { break }
            first = c.day
            if c.isCleared { break }
        }
        return first.days(to: last.day) + 1
    }
}
