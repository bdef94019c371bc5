import FIT
import Foundation
import Planner
import RunModel
import Testing

@testable import Render

/// Over 2,000 generated plans: every run's workout, encoded and read back by RunRamp's own decoder,
/// holds exactly the steps the plan's JSON describes (warm-up and cool-down seconds, the distance in
/// centimetres or the minutes, the run/walk intervals and repeat count, the pace target), and nothing else.
@Suite struct WorkoutPropertyTests {
    static let plans = 2_000
    /// Every this many plans, the plan is also read back from its JSON and must hold the same sessions: the
    /// sessions compared below are then exactly what the JSON describes (JSON in a debug build is slow).
    static let jsonEvery = 20

    /// A SplitMix64 of its own (RenderTests does not link TestSupport): the seed printed by a failure replays.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A random history (none, a few short runs, steady weeks, a break), today, options and back pain.
    static func plan(seed: UInt64) -> Plan {
        var random = Generator(state: seed)
        let today = CalendarDay(daysSinceEpoch: 20_000 + Int.random(in: 0..<2_000, using: &random))
        var runs: [Run] = []
        let weeksBack = [0, 1, 3, 8, 20][Int.random(in: 0..<5, using: &random)]
        let gap = Bool.random(using: &random) ? Int.random(in: 0...120, using: &random) : 0
        let pace = Double.random(in: 240...560, using: &random)
        let perRun = Double.random(in: 1.5...14, using: &random)
        for week in 0..<weeksBack {
            for offset in [1, 3, 6] where Double.random(in: 0...1, using: &random) < 0.8 {
                let day = today.adding(days: -gap - 7 * (week + 1) + offset)
                let km = perRun * Double.random(in: 0.7...1.5, using: &random)
                runs.append(
                    Run(
                        id: "r\(week)-\(offset)",
                        source: RunSource(path: "x.gpx", format: .gpx, contentHash: "\(seed)\(week)\(offset)"),
                        sport: .running, start: day.startDate.addingTimeInterval(7 * 3600), utcOffsetSeconds: 0,
                        elapsedSeconds: km * pace, movingSeconds: km * pace, distanceMeters: km * 1000))
            }
        }
        var options = PlanOptions(
            weekdays: Set(Weekday.allCases.filter { _ in Double.random(in: 0...1, using: &random) < 0.7 }).union([.sun]
            ),
            longRunDay: .sun, units: Bool.random(using: &random) ? .kilometers : .miles,
            weeks: Int.random(in: 1...12, using: &random))
        if Int.random(in: 0..<6, using: &random) == 0 { options.backPain = .mild }
        return makePlan(runs: runs, today: today, options: options)
    }

    /// The steps a session's JSON describes, in FIT units.
    static func expectedSteps(_ session: Session, pace: FITWorkoutStep.Target) -> [(
        FITWorkoutStep.Duration, FITWorkoutStep.Target
    )] {
        var steps: [(FITWorkoutStep.Duration, FITWorkoutStep.Target)] = []
        if let warmUp = session.warmUp { steps.append((.time(milliseconds: UInt32(warmUp.seconds * 1000)), .open)) }
        switch session.main {
        case .run(let minutes):
            if let meters = session.distanceMeters {
                steps.append((.distance(centimeters: UInt32((meters * 100).rounded())), pace))
            } else {
                steps.append((.time(milliseconds: UInt32(minutes * 60_000)), pace))
            }
        case .runWalk(let set):
            steps += set.intervals.map { (.time(milliseconds: UInt32($0.seconds * 1000)), .open) }
            if set.repeats > 1 {
                steps.append((.repeatSteps(fromStep: session.warmUp == nil ? 0 : 1, count: UInt32(set.repeats)), .open))
            }
        case .walk, .exercises: break
        }
        if let coolDown = session.coolDown {
            steps.append((.time(milliseconds: UInt32(coolDown.seconds * 1000)), .open))
        }
        return steps
    }

    @Test func everyWorkoutReadsBackAsThePlanJSONDescribesIt() throws {
        var modes: [PlanMode: Int] = [:]
        var workoutsChecked = 0
        var runWalkWeeks: Set<Int> = []
        for seed in UInt64(1)...UInt64(Self.plans) {
            let made = Self.plan(seed: seed)
            modes[made.mode, default: 0] += 1
            let plan = made
            if seed % UInt64(Self.jsonEvery) == 0 {
                // In FIT units (centimetres, milliseconds, mm/s), which absorb the JSON's 12-digit rounding.
                let fromJSON = try PlanJSON.decode(Data(try PlanJSON.render(made).utf8))
                func steps(_ plan: Plan) -> [[String]] {
                    let target: FITWorkoutStep.Target =
                        EasyPaceTarget(history: plan.history).map {
                            .speed(
                                lowMillimetersPerSecond: $0.millimetersPerSecond.low,
                                highMillimetersPerSecond: $0.millimetersPerSecond.high)
                        } ?? .open
                    return plan.datedSessions.map { dated in
                        Self.expectedSteps(dated.session, pace: target).map { "\($0.0) \($0.1)" }
                    }
                }
                #expect(steps(fromJSON) == steps(made), "seed \(seed)")
            }
            let workouts = PlanWorkouts.workouts(for: made)
            let runs = made.mode.allowsRunning ? plan.datedSessions.filter { $0.session.kind.isRun } : []
            #expect(workouts.count == runs.count, "seed \(seed)")
            let pace: FITWorkoutStep.Target =
                EasyPaceTarget(history: plan.history).map {
                    .speed(
                        lowMillimetersPerSecond: $0.millimetersPerSecond.low,
                        highMillimetersPerSecond: $0.millimetersPerSecond.high)
                } ?? .open
            for (workout, dated) in zip(workouts, runs) {
                let bytes = workout.workout.encoded()
                let file = FITDecoder.decode(bytes)
                let decoded = try #require(FITWorkoutFile(decoding: file), "seed \(seed)")
                let expected = Self.expectedSteps(dated.session, pace: pace)
                #expect(decoded.steps.map(\.duration) == expected.map(\.0), "seed \(seed) \(dated.date)")
                #expect(decoded.steps.map(\.target) == expected.map(\.1), "seed \(seed) \(dated.date)")
                let stepMessages = file.messages.filter { $0.globalNumber == FITMessageNumber.workoutStep }
                #expect(
                    stepMessages.map { $0.number(FITFieldID.WorkoutStep.messageIndex) }
                        == (0..<expected.count).map(Double.init))
                let header = file.messages.first { $0.globalNumber == FITMessageNumber.workout }
                #expect(header?.number(FITFieldID.Workout.numValidSteps) == Double(expected.count))
                #expect(decoded.name.utf8.count <= 15 && decoded.serialNumber != 0 && workout.date == dated.date)
                if case .runWalk(let set) = dated.session.main { runWalkWeeks.insert(set.week) }
                workoutsChecked += 1
            }
        }
        // The generator reaches the modes and the Couch-to-5K weeks it is meant to.
        #expect(Set(modes.keys).isSuperset(of: [.build, .beginner, .return, .hold]), "\(modes)")
        #expect(runWalkWeeks == Set(1...9), "\(runWalkWeeks.sorted())")
        #expect(workoutsChecked > 10 * Self.plans)
    }
}
