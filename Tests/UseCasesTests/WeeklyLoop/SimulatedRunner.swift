import Foundation
import Planner
import RunModel
import TestSupport

/// A runner the weekly-loop simulator lives with (docs/weekly-loop.md): where they start from, how
/// they follow their plans, when they plan, and the back-pain episode they may go through. Every
/// choice comes from the seed, so a runner is replayed from it.
struct SimulatedRunner: Sendable, CustomStringConvertible {
    /// Where the runner starts from: the history in the log on the first planning day.
    enum Profile: String, Sendable, CaseIterable {
        case steady25, beginner, comeback, weekendOnly, high60, backPain, emptyLog, highVolume
    }

    /// How the runner does the runs planned.
    enum Behaviour: String, Sendable, CaseIterable {
        /// Every planned run exactly as planned.
        case exact
        /// Each run 60–130 % of its planned distance.
        case loose
        /// About one planned run in three skipped.
        case skipping
        /// Every run as planned, plus extra runs on rest days.
        case extra
        /// Whole weeks missed now and then.
        case missingWeeks
    }

    /// A back-pain episode: the check-in that starts it, when, and how it ends.
    struct PainEpisode: Sendable {
        var week: Int
        var backPain: BackPain
        var symptoms: Set<Symptom>
        /// Weeks the pain lasts before the runner is pain-free again.
        var weeks: Int
        /// Seen and cleared by a professional at the end of the episode (else only pain-free days).
        var clearedAtEnd: Bool
    }

    let seed: UInt64
    let profile: Profile
    let behaviour: Behaviour
    /// Days the runner can run.
    let weekdays: Set<Weekday>
    /// Weeks the runner lives through (16–26).
    let weeks: Int
    /// A break from running: the first week and its length in weeks (2–6).
    let breakWeeks: Range<Int>?
    let pain: PainEpisode?
    /// Plans on a weekday other than Monday (the same one each week).
    let planningWeekday: Int
    /// Re-plans on Thursday too, now and then.
    let replansMidWeek: Bool
    /// Prints the plan to the terminal instead of writing a file, now and then: named in the runner's
    /// description (and drawn, so the seeds keep their runners), planned as any other, since a
    /// printed plan is remembered as a written one.
    let printsToTerminal: Bool
    /// `--goal` given on the first planning day (km a week), then remembered (nil: no goal).
    let goalKilometers: Double?

    /// The first planning day of every simulated runner: a Monday.
    static let firstMonday = CalendarDay("2026-03-02") ?? CalendarDay(daysSinceEpoch: 0)

    init(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        self.seed = seed
        profile = Profile.allCases[Int(rng.next() % UInt64(Profile.allCases.count))]
        behaviour = Behaviour.allCases[Int(rng.next() % UInt64(Behaviour.allCases.count))]
        weeks = 16 + Int(rng.next() % 11)
        if profile == .weekendOnly {
            weekdays = [.sat, .sun]
        } else {
            let count = 1 + Int(rng.next() % 7)
            var days: [Weekday] = [.sun]
            for day in Weekday.allCases.shuffled(using: &rng) where days.count < count && day != .sun {
                days.append(day)
            }
            weekdays = Set(days)
        }
        if rng.next() % 4 == 0 {
            let start = 2 + Int(rng.next() % UInt64(weeks - 8))
            breakWeeks = start..<(start + 2 + Int(rng.next() % 5))
        } else {
            breakWeeks = nil
        }
        if profile == .backPain || rng.next() % 5 == 0 {
            let kind = Int(rng.next() % 4)
            var symptoms = Set<Symptom>()
            if kind >= 2 {
                let count = 1 + Int(rng.next() % 2)
                for _ in 0..<count {
                    symptoms.insert(Symptom.allCases[Int(rng.next() % UInt64(Symptom.allCases.count))])
                }
            }
            pain = PainEpisode(
                week: 2 + Int(rng.next() % 8), backPain: kind == 0 ? .mild : .persistent, symptoms: symptoms,
                weeks: 1 + Int(rng.next() % 3), clearedAtEnd: rng.next() % 2 == 0)
        } else {
            pain = nil
        }
        planningWeekday = rng.next() % 4 == 0 ? 2 + Int(rng.next() % 6) : 1
        replansMidWeek = rng.next() % 5 == 0
        printsToTerminal = rng.next() % 3 == 0
        // Drawn last, so the choices above are the same as before goals were simulated.
        if rng.next() % 3 == 0 {
            let base: Double =
                switch profile {
                case .steady25, .backPain: 25
                case .beginner, .emptyLog: 8
                case .comeback: 17
                case .weekendOnly: 20
                case .high60: 60
                case .highVolume: 92
                }
            goalKilometers = (base * (0.8 + 0.1 * Double(rng.next() % 8))).rounded()
        } else {
            goalKilometers = nil
        }
    }

    var description: String {
        "runner \(seed): \(profile.rawValue), \(behaviour.rawValue), \(weeks) weeks, days "
            + weekdays.sorted().map(\.rawValue).joined(separator: ",")
            + (breakWeeks.map { ", break in weeks \($0.lowerBound)..<\($0.upperBound)" } ?? "")
            + (pain.map {
                ", pain in week \($0.week): \($0.backPain.rawValue) \($0.symptoms.sorted().map(\.rawValue)), "
                    + "\($0.weeks) weeks, \($0.clearedAtEnd ? "cleared" : "pain-free days")"
            } ?? "")
            + (planningWeekday == 1 ? "" : ", plans on weekday \(planningWeekday)")
            + (replansMidWeek ? ", re-plans mid-week" : "") + (printsToTerminal ? ", prints to the terminal" : "")
            + (goalKilometers.map { ", goal \($0) km" } ?? "")
    }

    /// The runs in the log before the first planning day: (day, km) pairs.
    func history() -> [(CalendarDay, Double)] {
        let start = Self.firstMonday
        func weeksOf(_ count: Int, endingWeeksBefore gap: Int = 0, _ days: [(Int, Double)]) -> [(CalendarDay, Double)] {
            (0..<count).flatMap { week in
                days.map { (start.adding(days: -7 * (count + gap - week) + $0.0 - 1), $0.1) }
            }
        }
        switch profile {
        case .steady25, .backPain: return weeksOf(12, [(2, 5), (4, 6), (6, 6), (7, 8)])
        case .beginner: return weeksOf(3, [(3, 1.5), (6, 2)])
        case .comeback: return weeksOf(10, endingWeeksBefore: 5, [(2, 4), (4, 4), (6, 4), (7, 5.4)])
        case .weekendOnly: return weeksOf(10, [(6, 8), (7, 12)])
        case .high60: return weeksOf(12, [(1, 8), (2, 10), (3, 8), (5, 10), (6, 8), (7, 16)])
        case .emptyLog: return []
        case .highVolume: return weeksOf(12, [(1, 12), (2, 15), (3, 12), (4, 15), (6, 14), (7, 24)])
        }
    }
}
