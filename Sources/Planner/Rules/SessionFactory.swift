internal import Foundation
import RunModel

/// The sessions around the runs (docs/planning-rules.md, "Sessions around the runs"): every run with its warm-up
/// and cool-down, the back-care routine, the paused mode's walk, and the length of each event.
enum SessionFactory {
    static let backCareSeconds = 900
    static let walkMinutes = 20

    /// The back-care routine of plan week `week`: core endurance without loaded spinal flexion (no crunches);
    /// the side plank grows 5 s a week.
    static func backCareExercises(week: Int) -> [Exercise] {
        [
            Exercise(.curlUp, sets: 3, .repetitions(8)),
            Exercise(.birdDog, sets: 3, .repetitions(6), side: .perSide),
            Exercise(.sidePlank, sets: 2, .seconds(15 + 5 * max(0, week - 1)), side: .perSide),
            Exercise(.gluteBridge, sets: 3, .repetitions(10)),
            Exercise(.hamstringStretch, sets: 3, .seconds(30), side: .perLeg),
        ]
    }

    /// Whole minutes (rounded up) to run `meters` at `pace` seconds per kilometre.
    static func runningMinutes(meters: Double, pace: Double) -> Int {
        Int(saturating: (meters / 1000 * pace / 60 - 1e-9).rounded(.up))
    }

    /// An easy or long run: warm-up + distance × pace (rounded up to the minute) + cool-down.
    static func run(long: Bool, meters: Double, pace: Double) -> Session {
        let minutes = runningMinutes(meters: meters, pace: pace)
        let warmUp = WarmUp.beforeEveryRun
        let coolDown = CoolDown.afterEveryRun
        return Session(
            kind: long ? .longRun : .easyRun, distanceMeters: meters,
            durationSeconds: warmUp.seconds + minutes * 60 + coolDown.seconds,
            warmUp: warmUp, main: .run(minutes: minutes), coolDown: coolDown)
    }

    /// A Couch-to-5K session: after the NHS brisk walk with gentle leg swings, or the full warm-up before a
    /// continuous run.
    static func runWalk(_ set: RunWalkSet) -> Session {
        let warmUp = set.isContinuous ? WarmUp.beforeEveryRun : WarmUp.beforeRunWalk
        let coolDown = CoolDown.afterEveryRun
        return Session(
            kind: .runWalk, distanceMeters: nil, durationSeconds: warmUp.seconds + set.seconds + coolDown.seconds,
            warmUp: warmUp, main: .runWalk(set), coolDown: coolDown)
    }

    /// The ~15-minute back-care routine of plan week `week`.
    static func backCare(week: Int, onlyIfPainFree: Bool) -> Session {
        Session(
            kind: .backCare, distanceMeters: nil, durationSeconds: backCareSeconds,
            main: .exercises(backCareExercises(week: week)), onlyIfPainFree: onlyIfPainFree)
    }

    /// Back care during a pause (docs/weekly-loop.md, "Check-ins"): the routine at its entry dose,
    /// only when pain-free, without progression, and without the hamstring stretch while leg symptoms last.
    static func pausedBackCare(legSymptoms: Bool) -> Session {
        let exercises = backCareExercises(week: 1).filter { !(legSymptoms && $0.name == .hamstringStretch) }
        return Session(
            kind: .backCare, distanceMeters: nil, durationSeconds: backCareSeconds, main: .exercises(exercises),
            onlyIfPainFree: true)
    }

    /// Paused mode's daily easy walk, only when pain-free.
    static func walk() -> Session {
        Session(
            kind: .walk, distanceMeters: nil, durationSeconds: walkMinutes * 60, main: .walk(minutes: walkMinutes),
            onlyIfPainFree: true)
    }
}
