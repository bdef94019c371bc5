import FIT
import Foundation
import Planner
import RunAnalysis
import RunModel
import Testing

@testable import Render

/// The easy heart-rate target of a run's main step (docs/workouts.md, "Targets"): the range of each rule, whole
/// bpm inside it, and that it wins over the pace range when both are known.
@Suite struct EasyHeartRateTargetTests {
    @Test func eachRuleGivesItsRangeInWholeBeatsInsideIt() throws {
        // Reserve: 50 + 0.60 × 140 = 134, 50 + 0.70 × 140 = 148.
        let reserve = try #require(EasyHeartRateTarget(anchors: HeartRateAnchors(maximum: 190, resting: 50)))
        #expect((reserve.lowBPM, reserve.highBPM, reserve.rule) == (134, 148, .reserve))
        // Threshold wins over the others: 0.81 × 170 = 137.7 → 138 (up), 0.89 × 170 = 151.3 → 151 (down).
        let threshold = try #require(
            EasyHeartRateTarget(anchors: HeartRateAnchors(maximum: 190, resting: 50, threshold: 170)))
        #expect((threshold.lowBPM, threshold.highBPM, threshold.rule) == (138, 151, .threshold))
        // Maximum only: 0.70 × 185 = 129.5 → 130, 0.80 × 185 = 148.
        let maximum = try #require(EasyHeartRateTarget(anchors: HeartRateAnchors(maximum: 185, resting: nil)))
        #expect((maximum.lowBPM, maximum.highBPM, maximum.rule) == (130, 148, .maximum))
        // The top is the easy ceiling every heart-rate figure uses.
        #expect(HeartRateAnchors(maximum: 190, resting: 50).easyCeiling?.bpm == 148)
    }

    @Test func noZonesOrImplausibleOnesGiveNoTarget() {
        #expect(EasyHeartRateTarget(anchors: HeartRateAnchors()) == nil)
        #expect(EasyHeartRateTarget(anchors: HeartRateAnchors(maximum: nil, resting: 55)) == nil)
        // 0.70 × 80 = 56 is below any easy running heart rate; 0.81 × 300 is above any.
        #expect(EasyHeartRateTarget(anchors: HeartRateAnchors(maximum: 80, resting: nil)) == nil)
        #expect(EasyHeartRateTarget(anchors: HeartRateAnchors(maximum: nil, resting: nil, threshold: 300)) == nil)
        #expect(EasyHeartRateTarget(anchors: HeartRateAnchors(maximum: .nan, resting: nil)) == nil)
    }

    @Test func theHeartRateRangeWinsOverThePaceOnEveryRunAndOnlyThere() throws {
        let plan = RenderFixtures.build
        #expect(EasyPaceTarget(history: plan.history) != nil)
        let heartRate = try #require(EasyHeartRateTarget(anchors: HeartRateAnchors(maximum: 190, resting: 50)))
        let workouts = PlanWorkouts.workouts(for: plan, heartRate: heartRate)
        let paced = PlanWorkouts.workouts(for: plan)
        #expect(workouts.map(\.fileName) == paced.map(\.fileName))
        #expect(workouts.map(\.workout.serialNumber) == paced.map(\.workout.serialNumber))
        for workout in workouts {
            let main = workout.workout.steps.filter { $0.intensity == .active }
            #expect(main.count == 1)
            #expect(main.allSatisfy { $0.target == .heartRate(lowBPM: 134, highBPM: 148) })
            #expect(workout.workout.steps.filter { $0.intensity != .active }.allSatisfy { $0.target == .open })
            #expect(workout.workout.description?.contains("easy heart rate 134–148 bpm") == true)
            #expect(workout.workout.description?.contains("easy pace") == false)
            // Read back by RunRamp's own decoder: bpm + 100 in the file, the bpm again when read.
            let bytes = workout.workout.encoded()
            #expect(FITWorkoutFile(decoding: FITDecoder.decode(bytes)) == workout.workout)
        }
        // Couch-to-5K run/walk stays open: a beginner runs by feel.
        let beginner = PlanWorkouts.workouts(for: RenderFixtures.beginner, heartRate: heartRate)
        #expect(!beginner.isEmpty)
        #expect(beginner.allSatisfy { $0.workout.steps.allSatisfy { $0.target == .open } })
    }

    /// A planned run's main step as the profile's fields say it: target_type heart_rate, target_value 0 (a
    /// custom range), the custom values as bpm + 100.
    @Test func theMainStepCarriesBPMPlus100AndTargetValueZero() throws {
        let heartRate = try #require(EasyHeartRateTarget(anchors: HeartRateAnchors(maximum: 190, resting: 50)))
        let workout = try #require(PlanWorkouts.workouts(for: RenderFixtures.build, heartRate: heartRate).first)
        let steps = FITDecoder.decode(workout.workout.encoded()).messages.filter {
            $0.globalNumber == FITMessageNumber.workoutStep
        }
        let main = try #require(steps.first { $0.text(FITFieldID.WorkoutStep.intensity) == "active" })
        #expect(main.text(FITFieldID.WorkoutStep.targetType) == "heart_rate")
        #expect(main.number(FITFieldID.WorkoutStep.targetValue) == 0)
        #expect(main.number(FITFieldID.WorkoutStep.customTargetValueLow) == 234)
        #expect(main.number(FITFieldID.WorkoutStep.customTargetValueHigh) == 248)
    }
}
