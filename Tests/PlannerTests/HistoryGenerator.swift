import Foundation
import Planner
import RunModel
import TestSupport

extension SplitMix64 {
    /// The planner tests' generator: SplitMix64 one step past `seed`, as the generated histories
    /// were first made (so a seed printed by a failing property replays the same history).
    init(plannerSeed seed: UInt64) { self.init(seed: seed &+ 0x9E37_79B9_7F4A_7C15) }
}

/// One generated planning situation: a history, a today, options.
struct GeneratedCase: CustomStringConvertible {
    var seed: UInt64
    var kind: String
    var runs: [Run]
    var today: CalendarDay
    var options: PlanOptions

    var description: String {
        "seed \(seed) (\(kind)): \(runs.count) activities, today \(today), days \(options.weekdays.sorted().map(\.rawValue)), "
            + "long \(options.longRunDay), ceiling \(options.weeklyCeilingMeters.map { "\($0)" } ?? "none"), "
            + "\(options.units), \(options.weeks) weeks, start \(options.start.map { "\($0)" } ?? "today"), pain \(options.backPain), symptoms \(options.symptoms.map(\.rawValue))"
    }
}

/// Generates histories of every shape the planner must survive: beginners, gaps of every length, high volume,
/// missing weeks, partial current weeks, odd available days, junk records.
enum HistoryGenerator {
    static let kinds = ["empty", "beginner", "steady", "rising", "gap", "high", "holes", "junk"]

    static func make(seed: UInt64) -> GeneratedCase {
        var rng = SplitMix64(plannerSeed: seed)
        let today = CalendarDay(daysSinceEpoch: 20_000 + Int.random(in: 0..<3_000, using: &rng))
        let kind = kinds[Int(seed % UInt64(kinds.count))]
        var runs: [Run] = []
        var counter = 0
        func add(_ day: CalendarDay, _ km: Double, sport: Sport = .running, pace: Double? = nil, rng: inout SplitMix64)
        {
            counter += 1
            let paceSeconds = pace ?? Double.random(in: 240...480, using: &rng)
            runs.append(
                TestRuns.run(on: day, kilometers: km, paceSeconds: paceSeconds, sport: sport, id: "r\(counter)"))
        }
        // Weeks of history before the current one, and how the volume moves.
        let weeksBack: Int
        var volume: Double
        var growth = 1.0
        var gapDays = 0
        var holeChance = 0.0
        var slowPace: Double?
        switch kind {
        case "empty":
            weeksBack = 0
            volume = 0
        case "beginner":
            // Short runs, or run/walk sessions recorded as running at a slow pace.
            weeksBack = Int.random(in: 1...8, using: &rng)
            volume = Double.random(in: 0.5...12, using: &rng)
            slowPace = Bool.random(using: &rng) ? Double.random(in: 480...600, using: &rng) : nil
        case "rising":
            weeksBack = Int.random(in: 4...20, using: &rng)
            volume = Double.random(in: 5...40, using: &rng)
            growth = Double.random(in: 1.05...1.25, using: &rng)
        case "gap":
            weeksBack = Int.random(in: 4...30, using: &rng)
            volume = Double.random(in: 5...80, using: &rng)
            gapDays = Int.random(in: 0...200, using: &rng)
        case "high":
            weeksBack = Int.random(in: 4...60, using: &rng)
            volume = Double.random(in: 50...180, using: &rng)
        case "holes":
            weeksBack = Int.random(in: 4...40, using: &rng)
            volume = Double.random(in: 3...70, using: &rng)
            holeChance = Double.random(in: 0.1...0.6, using: &rng)
        default:
            weeksBack = Int.random(in: 1...30, using: &rng)
            volume = Double.random(in: 2...90, using: &rng)
        }
        let thisMonday = today.adding(days: 1 - today.isoWeekday)
        let historyEnd = today.adding(days: -gapDays)
        for w in stride(from: weeksBack, through: 0, by: -1) {
            let monday = thisMonday.adding(days: -7 * w)
            if Double.random(in: 0..<1, using: &rng) < holeChance { continue }
            let weekVolume = volume * pow(growth, Double(weeksBack - w)) * Double.random(in: 0.8...1.2, using: &rng)
            let count = Int.random(in: 1...6, using: &rng)
            let days = Array(0..<7).shuffled(using: &rng).prefix(count).sorted()
            var shares = days.map { _ in Double.random(in: 0.5...1.5, using: &rng) }
            let total = shares.reduce(0, +)
            shares = shares.map { $0 / total }
            for (day, share) in zip(days, shares) {
                let date = monday.adding(days: day)
                // The current week is partial: only days up to today, and nothing in a gap.
                guard date <= historyEnd else { continue }
                add(date, max(0.2, (weekVolume * share * 10).rounded() / 10), pace: slowPace, rng: &rng)
            }
        }
        // Non-running activities (listed, never counted) and junk records.
        for _ in 0..<Int.random(in: 0...3, using: &rng) {
            let date = today.adding(days: -Int.random(in: 0...60, using: &rng))
            add(
                date, Double.random(in: 5...60, using: &rng),
                sport: [.cycling, .walking, .swimming, .other].randomElement(using: &rng) ?? .cycling, rng: &rng)
        }
        if kind == "junk" {
            add(today.adding(days: 3), 42, rng: &rng)  // in the future: ignored
            add(today.adding(days: -2), 0, rng: &rng)
            var broken = TestRuns.run(on: today.adding(days: -1), kilometers: 5, id: "nan")
            broken.distanceMeters = .nan
            broken.movingSeconds = .infinity
            runs.append(broken)
            var untimed = TestRuns.run(on: today.adding(days: -4), kilometers: 6, id: "untimed")
            untimed.movingSeconds = 0
            untimed.elapsedSeconds = 0
            runs.append(untimed)
        }
        runs.shuffle(using: &rng)

        var options = PlanOptions()
        var weekdays = Set(Weekday.allCases.filter { _ in Bool.random(using: &rng) })
        switch Int.random(in: 0..<8, using: &rng) {
        case 0, 1: weekdays = Set(Weekday.allCases)
        case 2: weekdays = [.sat, .sun]  // weekend-only
        case 3: weekdays = Set(Weekday.allCases.shuffled(using: &rng).prefix(Int.random(in: 1...2, using: &rng)))
        default: if weekdays.isEmpty { weekdays = Set(Weekday.allCases) }
        }
        options.weekdays = weekdays
        options.longRunDay = Weekday.allCases.randomElement(using: &rng) ?? .sun
        options.weeklyCeilingMeters = Bool.random(using: &rng) ? Double.random(in: 5_000...120_000, using: &rng) : nil
        options.units = Bool.random(using: &rng) ? .kilometers : .miles
        options.weeks = Int.random(in: 1...12, using: &rng)
        // A later start in a third of the cases: within the week, a few weeks on, or months away.
        if Int.random(in: 0..<3, using: &rng) == 0 {
            options.start = today.adding(
                days: [
                    Int.random(in: 0...6, using: &rng), Int.random(in: 7...40, using: &rng),
                    Int.random(in: 41...120, using: &rng),
                ].randomElement(using: &rng) ?? 0)
        }
        switch Int.random(in: 0..<20, using: &rng) {
        case 0: options.backPain = .mild
        case 1: options.backPain = .persistent
        case 2: options.symptoms = [Symptom.allCases.randomElement(using: &rng) ?? .numbness]
        case 3:
            options.backPain = .mild
            options.symptoms = [.tingling, .radiatingPain]
        default: break
        }
        return GeneratedCase(seed: seed, kind: kind, runs: runs, today: today, options: options)
    }
}
