import ArgumentParser
import Planner
import RunModel

/// The check-in options `checkin` and `plan` share: --back-pain, --symptom, --cleared.
struct CheckInArguments: ParsableArguments {
    @Option(
        name: .customLong("back-pain"),
        help: ArgumentHelp(
            "Back pain today, stored as a check-in: none, mild (hold the volume) or persistent (pause running until cleared); see docs/weekly-loop.md.",
            valueName: "level"))
    var backPain: String?

    @Option(
        name: .customLong("symptom"),
        help: ArgumentHelp(
            "A warning sign (repeatable): \(Symptom.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "symptom"))
    var symptoms: [String] = []

    @Flag(help: "A doctor or physiotherapist has seen you and cleared you to run (lifts a pause).")
    var cleared = false

    /// True when any check-in option was given.
    var isGiven: Bool { backPain != nil || !symptoms.isEmpty || cleared }

    /// The check-in for `day`; the pain level defaults to none (with --symptom or --cleared alone).
    func checkIn(on day: CalendarDay) throws -> CheckIn {
        let level = backPain ?? "none"
        guard let pain = BackPain(rawValue: level) else {
            throw OptionError("--back-pain \(level): expected none, mild or persistent")
        }
        var set = Set<Symptom>()
        for name in symptoms {
            guard let symptom = Symptom(rawValue: name) else {
                throw OptionError(
                    "--symptom \(name): expected one of \(Symptom.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            set.insert(symptom)
        }
        return CheckIn(day: day, backPain: pain, symptoms: set, isCleared: cleared)
    }
}
