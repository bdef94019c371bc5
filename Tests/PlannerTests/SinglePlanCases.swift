import Foundation
import Planner
import RunModel
import TestSupport

/// Generated situations aimed at the single-plan rules (docs/planning-rules.md, "Single plans"): Monday long runs,
/// plans made on Sundays and Mondays after a logged long run, `--start` gaps of 11–120 days, mild pain after a
/// break, weekend-only and one-day weeks, 80–120 km runners and beginners with old runs. The seeds are fixed so the
/// counts before and after a change are over the same histories.
enum SinglePlanCases {
    static let kinds = [
        "mondayLong", "afterLongRun", "startGap", "mildAfterBreak", "fewDays", "highVolume", "beginnerOld", "held",
    ]

    static func make(seed: UInt64) -> GeneratedCase {
        var rng = SplitMix64(plannerSeed: seed &+ 1_000_003)
        let kind = kinds[Int(seed % UInt64(kinds.count))]
        // Today: a Sunday or a Monday in half the cases, any day otherwise.
        var today = CalendarDay(daysSinceEpoch: 20_000 + Int.random(in: 0..<3_000, using: &rng))
        if kind == "afterLongRun" || kind == "mondayLong" || Bool.random(using: &rng) {
            let wanted = Bool.random(using: &rng) ? 7 : 1
            today = today.adding(days: (wanted - today.isoWeekday + 7) % 7)
        }
        var volume: Double
        var weekdays = Set(Weekday.allCases)
        var longDay = Weekday.allCases.randomElement(using: &rng) ?? .sun
        var gapDays = 0
        var options = PlanOptions()
        var weeksBack = Int.random(in: 4...12, using: &rng)
        switch kind {
        case "mondayLong":
            volume = Double.random(in: 20...120, using: &rng)
            longDay = .mon
        case "afterLongRun":
            volume = Double.random(in: 15...110, using: &rng)
        case "startGap":
            volume = Double.random(in: 17...105, using: &rng)
            options.start = today.adding(days: Int.random(in: 11...120, using: &rng))
        case "mildAfterBreak":
            volume = Double.random(in: 15...90, using: &rng)
            options.backPain = .mild
            if Bool.random(using: &rng) {
                gapDays = Int.random(in: 11...90, using: &rng)
            } else {
                options.start = today.adding(days: Int.random(in: 11...80, using: &rng))
            }
        case "fewDays":
            volume = Double.random(in: 10...120, using: &rng)
            weekdays =
                Bool.random(using: &rng)
                ? [.sat, .sun] : [Weekday.allCases.randomElement(using: &rng) ?? .wed]
            if Bool.random(using: &rng) { gapDays = Int.random(in: 0...60, using: &rng) }
        case "highVolume":
            volume = Double.random(in: 80...120, using: &rng)
            weeksBack = Int.random(in: 4...20, using: &rng)
        case "beginnerOld":
            volume = Double.random(in: 2...15, using: &rng)
            gapDays = Int.random(in: 20...120, using: &rng)
            weeksBack = Int.random(in: 1...6, using: &rng)
        default:  // "held": a ceiling, growth and the cap binding, random days
            volume = Double.random(in: 10...100, using: &rng)
            weekdays = Set(Weekday.allCases.filter { _ in Bool.random(using: &rng) })
            if weekdays.isEmpty { weekdays = [.tue, .thu, .sun] }
            options.weeklyCeilingMeters =
                Bool.random(using: &rng) ? Double.random(in: 20_000...120_000, using: &rng) : nil
            if Bool.random(using: &rng) { gapDays = Int.random(in: 0...40, using: &rng) }
        }
        // Run days per week: the runner's own pattern, with the long run on a random day of it.
        let perWeek = min(6, max(1, Int(volume / 14) + Int.random(in: 0...2, using: &rng)))
        var runs: [Run] = []
        var counter = 0
        func add(_ day: CalendarDay, _ km: Double) {
            counter += 1
            runs.append(
                TestRuns.run(
                    on: day, kilometers: max(0.5, (km * 10).rounded() / 10),
                    paceSeconds: Double.random(in: 270...420, using: &rng), id: "s\(counter)"))
        }
        let thisMonday = today.adding(days: 1 - today.isoWeekday)
        let historyEnd = today.adding(days: -gapDays)
        let usualLong = Int.random(in: 0...6, using: &rng)
        for w in stride(from: weeksBack, through: 0, by: -1) {
            let monday = thisMonday.adding(days: -7 * w)
            let weekVolume = volume * Double.random(in: 0.85...1.15, using: &rng)
            var days = Set(Array(0..<7).shuffled(using: &rng).prefix(perWeek))
            days.insert(usualLong)
            if kind == "mondayLong" || kind == "afterLongRun" { days.insert(6) }  // a Sunday run
            let sorted = days.sorted()
            let longIndex = kind == "mondayLong" || kind == "afterLongRun" ? 6 : usualLong
            let longShare = Double.random(in: 0.3...0.5, using: &rng)
            for day in sorted {
                let date = monday.adding(days: day)
                guard date <= historyEnd else { continue }
                let share = day == longIndex ? longShare : (1 - longShare) / Double(max(1, sorted.count - 1))
                add(date, weekVolume * share)
            }
        }
        runs.shuffle(using: &rng)
        options.weekdays = weekdays
        options.longRunDay = longDay
        options.units = Int.random(in: 0..<4, using: &rng) == 0 ? .miles : .kilometers
        options.weeks = Int.random(in: 2...12, using: &rng)
        return GeneratedCase(seed: seed, kind: kind, runs: runs, today: today, options: options)
    }
}
