import FIT
import Render
import RunModel

/// The `workout` part of `inspect` for a FIT workout file (docs/inspect-json.md, "Workout files"): its name
/// and every step in the profile's physical units (seconds, metres, m/s, bpm).
enum FITWorkoutInspection {
    /// The workout of `bytes`, nil when they are not a workout file RunRamp can read step by step.
    static func workout(_ bytes: [UInt8]) -> FITWorkoutFile? {
        FITWorkoutFile(decoding: FITDecoder.decode(bytes))
    }

    static func json(_ workout: FITWorkoutFile?) -> OrderedJSON {
        guard let workout else { return .null }
        let steps: [OrderedJSON] = workout.steps.enumerated().map { index, step in
            var duration: OrderedJSON = .null
            var distance: OrderedJSON = .null
            var repeatFrom: OrderedJSON = .null
            var repeatCount: OrderedJSON = .null
            switch step.duration {
            case .time(let milliseconds): duration = .number(Double(milliseconds) / 1000)
            case .distance(let centimeters): distance = .number(Double(centimeters) / 100)
            case .open: break
            case .repeatSteps(let from, let count): (repeatFrom, repeatCount) = (.int(Int(from)), .int(Int(count)))
            }
            let (targetLow, targetHigh) = range(step.target)
            return .object([
                ("message_index", .int(index)),
                ("name", .string(step.name)),
                ("duration_type", .string(durationType(step.duration))),
                ("duration", duration),
                ("distance", distance),
                ("repeat_from", repeatFrom),
                ("repeat_count", repeatCount),
                ("target_type", .string(targetType(step.target))),
                ("target_low", targetLow),
                ("target_high", targetHigh),
                ("intensity", step.intensity.map { .string($0.profileName) } ?? .null),
                ("notes", step.notes.map(OrderedJSON.string) ?? .null),
            ])
        }
        return .object([
            ("name", .string(workout.name)),
            ("description", workout.description.map(OrderedJSON.string) ?? .null),
            ("serial_number", .int(Int(workout.serialNumber))),
            ("steps", .array(steps)),
        ])
    }

    /// One line per step: "1. Warm-up: 10:00, warmup — 5 min brisk walk …".
    static func summaryLines(_ workout: FITWorkoutFile) -> [String] {
        var lines = ["workout: \(workout.name) (\(workout.steps.count) steps)"]
        if let description = workout.description, !description.isEmpty { lines.append(description) }
        for (index, step) in workout.steps.enumerated() {
            var text = "\(index). \(step.name): "
            switch step.duration {
            case .time(let milliseconds): text += DurationText.clock(Double(milliseconds) / 1000)
            case .distance(let centimeters): text += format(Double(centimeters) / 100_000, digits: 2) + " km"
            case .open: text += "until lap"
            case .repeatSteps(let from, let count): text += "repeat from step \(from), \(count) times in all"
            }
            switch step.target {
            case .open: break
            case .speed(let low, let high):
                text += ", pace \(pace(millimetersPerSecond: high))–\(pace(millimetersPerSecond: low)) /km"
            case .heartRate(let low, let high): text += ", heart rate \(low)–\(high) bpm"
            }
            if let intensity = step.intensity { text += ", \(intensity.profileName)" }
            if let notes = step.notes { text += " — \(notes)" }
            lines.append(text)
        }
        return lines
    }

    static func durationType(_ duration: FITWorkoutStep.Duration) -> String {
        switch duration {
        case .time: "time"
        case .distance: "distance"
        case .open: "open"
        case .repeatSteps: "repeat_until_steps_cmplt"
        }
    }

    static func targetType(_ target: FITWorkoutStep.Target) -> String {
        switch target {
        case .open: "open"
        case .speed: "speed"
        case .heartRate: "heart_rate"
        }
    }

    /// A speed range in m/s, a heart-rate range in bpm; nulls for an open target.
    static func range(_ target: FITWorkoutStep.Target) -> (OrderedJSON, OrderedJSON) {
        switch target {
        case .open: (.null, .null)
        case .speed(let low, let high): (.number(Double(low) / 1000), .number(Double(high) / 1000))
        case .heartRate(let low, let high): (.int(Int(low)), .int(Int(high)))
        }
    }

    /// "6:00" from a speed in mm/s (a pace per kilometre); "–" for 0.
    static func pace(millimetersPerSecond: UInt32) -> String {
        guard millimetersPerSecond > 0 else { return "–" }
        let seconds = Int((1_000_000 / Double(millimetersPerSecond)).rounded())
        return "\(seconds / 60):\(seconds % 60 < 10 ? "0" : "")\(seconds % 60)"
    }

    static func format(_ value: Double, digits: Int) -> String {
        let scale = digits == 2 ? 100.0 : 10.0
        let whole = Int((value * scale).rounded())
        let fraction = whole % Int(scale)
        return "\(whole / Int(scale)).\(fraction < 10 && digits == 2 ? "0" : "")\(fraction)"
    }
}
