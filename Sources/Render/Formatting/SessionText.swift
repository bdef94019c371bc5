public import Planner
public import RunModel

/// Words for a session's typed parts: the title, and the warm-up, main set, cool-down and exercises one line each,
/// as the Markdown plan and the calendar events show them.
public enum SessionText {
    /// "Long run 8.8 km", "Run/walk, Couch-to-5K week 5 run 2", "Back care".
    public static func title(_ session: Session, units: DistanceUnit) -> String {
        switch session.kind {
        case .easyRun: "Easy run \(units.format(session.distanceMeters ?? 0))"
        case .longRun: "Long run \(units.format(session.distanceMeters ?? 0))"
        case .runWalk:
            if case .runWalk(let set) = session.main {
                "Run/walk, Couch-to-5K week \(set.week)\(set.run.map { " run \($0)" } ?? "")"
            } else {
                "Run/walk"
            }
        case .backCare: session.onlyIfPainFree ? "Back care (only if pain-free)" : "Back care"
        case .walk: "Easy walk (only if pain-free)"
        }
    }

    /// Every step of the session, one line each: warm-up, main set, cool-down.
    static func lines(_ session: Session, units: DistanceUnit) -> [String] {
        var lines: [String] = []
        if session.onlyIfPainFree && session.kind == .backCare {
            lines.append("Only if you are pain-free today; stop any exercise that hurts")
        }
        if let warmUp = session.warmUp { lines += warmUpLines(warmUp) }
        lines += mainLines(session, units: units)
        if let coolDown = session.coolDown { lines += coolDownLines(coolDown) }
        return lines
    }

    /// "Warm-up 10 min: 5 min brisk walk or very easy jog", then one line per group of drills.
    static func warmUpLines(_ warmUp: WarmUp) -> [String] {
        ["Warm-up \(minutes(warmUp.seconds)) min: \(easyPart(warmUp))"] + warmUp.drills.map(group)
    }

    /// "5 min brisk walk or very easy jog" (before continuous runs) or "5 min brisk walk" (before run/walk sessions).
    static func easyPart(_ warmUp: WarmUp) -> String {
        switch warmUp.easyPart {
        case .briskWalkOrEasyJog: "\(minutes(warmUp.easySeconds)) min brisk walk or very easy jog"
        case .briskWalk: "\(minutes(warmUp.easySeconds)) min brisk walk"
        }
    }

    /// "Cool-down: 5 min walk", then the stretches.
    static func coolDownLines(_ coolDown: CoolDown) -> [String] {
        ["Cool-down: \(minutes(coolDown.walkSeconds)) min walk"] + coolDown.stretches.map(exercise)
    }

    /// The main set's lines.
    static func mainLines(_ session: Session, units: DistanceUnit) -> [String] {
        switch session.main {
        case .run(let minutes):
            let distance = units.format(session.distanceMeters ?? 0)
            return session.kind == .longRun
                ? ["Long run \(distance), easy and steady, about \(minutes) min"]
                : ["Easy run \(distance) at a conversational pace, about \(minutes) min"]
        case .runWalk(let set): return [runWalk(set)]
        case .walk(let minutes): return ["Easy walk, \(minutes) min, only if it is pain-free"]
        case .exercises(let exercises): return exercises.map(exercise)
        }
    }

    /// "8 × (run 60 s, walk 90 s)", "Run 5 min, walk 3 min, run 5 min", "Run 20 min without walking".
    static func runWalk(_ set: RunWalkSet) -> String {
        if set.intervals.count == 1, let only = set.intervals.first, set.repeats == 1 {
            return
                "\(only.activity == .run ? "Run" : "Walk") \(duration(only.seconds)) without \(only.activity == .run ? "walking" : "running")"
        }
        let parts = set.intervals.map { "\($0.activity == .run ? "run" : "walk") \(duration($0.seconds))" }.joined(
            separator: ", ")
        if set.repeats > 1 { return "\(set.repeats) × (\(parts))" }
        return parts.prefix(1).uppercased() + parts.dropFirst()
    }

    /// "Curl-up (hands under the lower back), 3 × 8".
    static func exercise(_ exercise: Exercise) -> String { "\(name(exercise.name)), \(dose(exercise))" }

    /// Several drills done as one step: "High knees 20, butt kicks 20"; a single one as `exercise`.
    static func group(_ exercises: [Exercise]) -> String {
        guard exercises.count > 1 else { return exercises.first.map(exercise) ?? "" }
        return exercises.enumerated().map { index, item in
            let text = "\(name(item.name)) \(dose(item))"
            return index == 0 ? text : text.prefix(1).lowercased() + text.dropFirst()
        }.joined(separator: ", ")
    }

    /// "3 × 8", "10 per leg", "2 × 15 s per side".
    static func dose(_ exercise: Exercise) -> String {
        let amount: String
        switch exercise.dose {
        case .repetitions(let count): amount = "\(count)"
        case .seconds(let seconds): amount = "\(seconds) s"
        }
        let sets = exercise.sets > 1 ? "\(exercise.sets) × " : ""
        let side: String
        switch exercise.side {
        case .both: side = ""
        case .perLeg: side = " per leg"
        case .perSide: side = " per side"
        }
        return sets + amount + side
    }

    static func name(_ name: Exercise.Name) -> String {
        switch name {
        case .legSwings: "Leg swings front-back and sideways"
        case .walkingLunges: "Walking lunges"
        case .highKnees: "High knees"
        case .buttKicks: "Butt kicks"
        case .hamstringStretch: "Hamstring stretch"
        case .curlUp: "Curl-up (hands under the lower back, one knee bent)"
        case .birdDog: "Bird-dog"
        case .sidePlank: "Side plank"
        case .gluteBridge: "Glute bridge"
        }
    }

    /// "60 s", "90 s", "2 min", "2½ min", "20 min".
    static func duration(_ seconds: Int) -> String {
        if seconds < 120 { return "\(seconds) s" }
        if seconds % 60 == 0 { return "\(seconds / 60) min" }
        if seconds % 60 == 30 { return "\(seconds / 60)½ min" }
        return "\(seconds) s"
    }

    static func minutes(_ seconds: Int) -> Int { seconds / 60 }
}
