import FIT
import Foundation
import Planner
import RunModel
import Testing

@testable import Render

/// Workouts of real plans: which sessions become workouts, their names, serials, targets and steps.
@Suite struct PlanWorkoutsTests {
    @Test func buildPlanHasOneWorkoutPerRunWithDistanceSteps() throws {
        let plan = RenderFixtures.build
        let workouts = PlanWorkouts.workouts(for: plan)
        let runs = plan.datedSessions.filter { $0.session.kind.isRun }
        #expect(workouts.count == runs.count)
        #expect(workouts.map(\.date) == runs.map(\.date))
        let first = try #require(workouts.first)
        let session = runs[0].session
        let distance = try #require(session.distanceMeters)
        #expect(first.fileName == "\(runs[0].date)-easy-\(plan.units.formatNumber(distance))km.fit")
        #expect(first.workout.steps.count == 3)
        #expect(first.workout.steps[0].duration == .time(milliseconds: 600_000))
        #expect(first.workout.steps[0].intensity == .warmup)
        #expect(first.workout.steps[1].duration == .distance(centimeters: UInt32((distance * 100).rounded())))
        #expect(first.workout.steps[2].duration == .time(milliseconds: 300_000))
        #expect(first.workout.steps[2].intensity == .cooldown)
        // The history's runs are at 6:00 /km: the range runs from 6:00 to 7:00 /km, as m/s × 1000.
        #expect(plan.history.medianPaceSecondsPerKilometer == 360)
        #expect(first.workout.steps[1].target == .speed(lowMillimetersPerSecond: 2381, highMillimetersPerSecond: 2778))
        #expect(first.workout.steps[0].target == .open)
        #expect(first.workout.name.utf8.count <= 15)
        #expect(first.workout.description?.contains("easy pace 6:00–7:00 /km") == true)
        // Names are unique; long runs are named long.
        #expect(Set(workouts.map(\.fileName)).count == workouts.count)
        #expect(workouts.contains { $0.fileName.contains("-long-") })
    }

    @Test func serialNumbersComeFromTheCalendarIdentity() throws {
        let plan = RenderFixtures.build
        let workouts = PlanWorkouts.workouts(for: plan, calendarID: "abc123")
        let events = PlanCalendar.events(for: plan, calendarID: "abc123").filter {
            $0.categories == ["Running"]
        }
        #expect(workouts.map(\.workout.serialNumber) == events.map { PlanWorkouts.serial(of: $0.uid) })
        // Independent FNV-1a 64 of a UID, folded to 32 bits.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "20261124-run-abc123@runramp".utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        #expect(
            PlanWorkouts.serial(of: "20261124-run-abc123@runramp") == UInt32(hash & 0xFFFF_FFFF) ^ UInt32(hash >> 32))
        // Another log, other serials; the same plan made again, the same.
        #expect(
            PlanWorkouts.workouts(for: plan, calendarID: "zzz").map(\.workout.serialNumber)
                != workouts.map(\.workout.serialNumber))
        #expect(PlanWorkouts.workouts(for: RenderFixtures.build, calendarID: "abc123") == workouts)
    }

    @Test func runWalkIsARepeatBlockWithOpenTargets() throws {
        let plan = RenderFixtures.beginner
        let workouts = PlanWorkouts.workouts(for: plan)
        let sessions = plan.datedSessions.filter { $0.session.kind == .runWalk }
        #expect(workouts.count == sessions.count)
        for (workout, dated) in zip(workouts, sessions) {
            guard case .runWalk(let set) = dated.session.main else {
                Issue.record("not run/walk")
                continue
            }
            let steps = workout.workout.steps
            #expect(steps.allSatisfy { $0.target == .open })
            let intervals = steps[1..<(1 + set.intervals.count)]
            #expect(intervals.map(\.duration) == set.intervals.map { .time(milliseconds: UInt32($0.seconds * 1000)) })
            #expect(intervals.map(\.intensity) == set.intervals.map { $0.activity == .run ? .active : .recovery })
            if set.repeats > 1 {
                #expect(
                    steps[1 + set.intervals.count].duration == .repeatSteps(fromStep: 1, count: UInt32(set.repeats)))
                #expect(steps.count == set.intervals.count + 3)
            } else {
                #expect(steps.count == set.intervals.count + 2)
            }
            #expect(workout.fileName == "\(dated.date)-runwalk-w\(set.week)\(set.run.map { "r\($0)" } ?? "").fit")
        }
    }

    @Test func pausedAndUrgentPlansHaveNoWorkouts() {
        let paused = RenderFixtures.paused
        #expect(paused.mode == .paused)
        #expect(PlanWorkouts.workouts(for: paused).isEmpty)
        var urgent = RenderFixtures.build
        urgent.mode = .urgent
        #expect(PlanWorkouts.workouts(for: urgent).isEmpty)
        #expect(WorkoutIndex.markdown([], plan: paused).contains("No run workouts: running is paused"))
    }

    @Test func noPaceInTheLogLeavesTheTargetOpen() {
        var plan = RenderFixtures.build
        plan.history.medianPaceSecondsPerKilometer = nil
        #expect(PlanWorkouts.workouts(for: plan).allSatisfy { $0.workout.steps.allSatisfy { $0.target == .open } })
        plan.history.medianPaceSecondsPerKilometer = 100  // implausible: 1:40 /km
        #expect(PlanWorkouts.workouts(for: plan).allSatisfy { $0.workout.steps.allSatisfy { $0.target == .open } })
    }

    @Test func indexListsEveryFile() {
        let plan = RenderFixtures.build
        let workouts = PlanWorkouts.workouts(for: plan)
        let index = WorkoutIndex.markdown(workouts, plan: plan)
        #expect(index.hasPrefix(WorkoutIndex.heading + "\n"))
        for workout in workouts { #expect(index.contains("[\(workout.fileName)](\(workout.fileName))")) }
        #expect(
            index.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Date") }.count
                == workouts.count)
    }
}
