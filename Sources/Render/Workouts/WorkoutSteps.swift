import FIT
import Planner
import RunModel

/// The steps of one run's workout (docs/workouts.md, "Steps"): a timed warm-up with the drills in its notes,
/// the main part (a distance, a time, or the Couch-to-5K run/walk intervals as a repeat block), a timed
/// cool-down with the stretches in its notes.
enum WorkoutSteps {
    /// Steps of `session`; `target` guides the continuous runs' main step (open when nil).
    static func steps(of session: Session, units: DistanceUnit, target: FITWorkoutStep.Target?) -> [FITWorkoutStep] {
        var steps: [FITWorkoutStep] = []
        if let warmUp = session.warmUp {
            steps.append(
                FITWorkoutStep(
                    name: "Warm-up", duration: .time(milliseconds: milliseconds(warmUp.seconds)), intensity: .warmup,
                    notes: notes(
                        [SessionText.easyPart(warmUp)]
                            + warmUp.drills.map(SessionText.group))))
        }
        steps += main(session, units: units, target: target)
        if let coolDown = session.coolDown {
            steps.append(
                FITWorkoutStep(
                    name: "Cool-down", duration: .time(milliseconds: milliseconds(coolDown.seconds)),
                    intensity: .cooldown,
                    notes: notes(
                        ["\(SessionText.minutes(coolDown.walkSeconds)) min walk"]
                            + coolDown.stretches.map(SessionText.exercise))))
        }
        return steps
    }

    /// The main part: one step for a continuous run (a distance when the plan gives one, else its minutes);
    /// the run/walk intervals, followed by a repeat step back to the first of them when done more than once.
    static func main(_ session: Session, units: DistanceUnit, target: FITWorkoutStep.Target?) -> [FITWorkoutStep] {
        switch session.main {
        case .run(let minutes):
            let duration: FITWorkoutStep.Duration =
                session.distanceMeters.flatMap(centimeters).map { .distance(centimeters: $0) }
                ?? .time(milliseconds: milliseconds(minutes * 60))
            return [
                FITWorkoutStep(
                    name: session.kind == .longRun ? "Long run" : "Easy run", duration: duration,
                    target: target ?? .open, intensity: .active,
                    notes: notes(SessionText.mainLines(session, units: units)))
            ]
        case .runWalk(let set):
            // The repeat block starts after the warm-up step.
            let first = UInt16(clamping: session.warmUp == nil ? 0 : 1)
            var steps = set.intervals.map { interval in
                FITWorkoutStep(
                    name: interval.activity == .run ? "Run" : "Walk",
                    duration: .time(milliseconds: milliseconds(interval.seconds)),
                    intensity: interval.activity == .run ? .active : .recovery,
                    notes: interval.activity == .run ? "Run at an easy, conversational effort" : "Brisk walk")
            }
            if set.repeats > 1 {
                steps.append(
                    FITWorkoutStep(
                        name: "Repeat", duration: .repeatSteps(fromStep: first, count: UInt32(clamping: set.repeats)),
                        intensity: nil, notes: notes([SessionText.runWalk(set)])))
            }
            return steps
        case .walk, .exercises:
            return []
        }
    }

    /// Whole parts joined with "; " while they fit a step's notes (`FITWorkoutFile.StringSize.notes`), "…" when
    /// one was left out; then as the encoder writes it.
    static func notes(_ parts: [String]) -> String? {
        let limit = FITWorkoutFile.StringSize.notes - 1
        var text = ""
        for (index, part) in parts.enumerated() {
            let next = text.isEmpty ? part : text + "; " + part
            // Room for "; …" (5 bytes) unless this is the last part.
            if next.utf8.count > (index == parts.count - 1 ? limit : limit - 5) {
                text = text.isEmpty ? part : text + "; …"
                break
            }
            text = next
        }
        return text.isEmpty ? nil : FITWorkoutFile.written(text, size: FITWorkoutFile.StringSize.notes)
    }

    static func milliseconds(_ seconds: Int) -> UInt32 {
        UInt32(clamping: seconds.multipliedReportingOverflow(by: 1000).overflow ? Int.max : seconds * 1000)
    }

    /// A planned distance in centimetres; nil when not a plausible run distance (0 to 1000 km).
    static func centimeters(_ meters: Double) -> UInt32? {
        guard meters.isFinite, meters > 0, meters <= 1_000_000 else { return nil }
        return UInt32((meters * 100).rounded())
    }
}
