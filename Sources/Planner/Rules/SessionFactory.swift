import RunModel
internal import Foundation

/// R9: the sessions around the runs — warm-up, cool-down, back care — and the length of each event.
enum SessionFactory {
    static let warmUpSeconds = 600
    static let coolDownSeconds = 300
    static let backCareSeconds = 900

    /// The 10-minute warm-up before every run, one line per step.
    static let warmUpSteps = [
        "Warm-up 10 min: 5 min brisk walk or very easy jog",
        "Leg swings front-back and sideways, 10 per leg",
        "Walking lunges, 10 per leg",
        "High knees 20, butt kicks 20",
    ]

    /// The cool-down after every run.
    static let coolDownSteps = [
        "Cool-down: 5 min walk",
        "Hamstring stretch, 2 × 30 s per leg",
    ]

    /// The back-care routine of plan week `week` (the plank grows 5 s a week).
    static func backCareSteps(week: Int, onlyIfPainFree: Bool) -> [String] {
        let plank = 20 + 5 * max(0, week - 1)
        var steps = onlyIfPainFree ? ["Only if you are pain-free today; stop any exercise that hurts"] : []
        steps += [
            "Plank 3 × \(plank) s",
            "Glute bridge 3 × 10",
            "Crunches 2 × 12",
            "Side plank 2 × 15 s per side",
            "Hamstring stretch 3 × 30 s per leg",
        ]
        return steps
    }

    /// Whole minutes (rounded up) to run `meters` at `pace` seconds per kilometre.
    static func runningMinutes(meters: Double, pace: Double) -> Int {
        Int(saturating: (meters / 1000 * pace / 60 - 1e-9).rounded(.up))
    }

    /// An easy or long run: warm-up + distance × pace (rounded up to the minute) + cool-down.
    static func run(long: Bool, meters: Double, units: DistanceUnit, pace: Double) -> Session {
        let minutes = runningMinutes(meters: meters, pace: pace)
        let distance = units.format(meters)
        let main = long
            ? "Long run \(distance), easy and steady, about \(minutes) min"
            : "Easy run \(distance) at a conversational pace, about \(minutes) min"
        return Session(
            kind: long ? .longRun : .easyRun, distanceMeters: meters,
            durationSeconds: warmUpSeconds + minutes * 60 + coolDownSeconds,
            title: "\(long ? "Long run" : "Easy run") \(distance)",
            steps: warmUpSteps + [main] + coolDownSteps,
            warmUpSeconds: warmUpSeconds, coolDownSeconds: coolDownSeconds
        )
    }

    /// A Couch-to-5K run/walk session of programme week `week` (1–4; later weeks repeat week 4).
    static func runWalk(week: Int) -> Session {
        let programme = CouchToFiveK.week(week)
        return Session(
            kind: .runWalk, distanceMeters: nil,
            durationSeconds: warmUpSeconds + programme.mainSeconds + coolDownSeconds,
            title: "Run/walk, Couch-to-5K week \(programme.number)",
            steps: warmUpSteps + [programme.description] + coolDownSteps,
            warmUpSeconds: warmUpSeconds, coolDownSeconds: coolDownSeconds
        )
    }

    /// The ~15-minute back-care routine.
    static func backCare(week: Int, onlyIfPainFree: Bool) -> Session {
        Session(
            kind: .backCare, distanceMeters: nil, durationSeconds: backCareSeconds,
            title: onlyIfPainFree ? "Back care (only if pain-free)" : "Back care",
            steps: backCareSteps(week: week, onlyIfPainFree: onlyIfPainFree)
        )
    }
}
