public import Foundation
public import RunAnalysis
public import RunModel
public import TrainingLog

/// `runramp settings`: stores the runner's heart-rate anchors (dated) and says which anchors are used.
public enum HeartRateSettingsUseCase {
    /// Plausible anchors, in bpm.
    public static let plausible = 25.0...240.0

    /// A setting outside the plausible range, or a resting rate not below the maximum.
    public struct InvalidSetting: Error, Sendable, Hashable, CustomStringConvertible {
        public var description: String
    }

    /// The constants `--trimp-constants` names: standard or male (0.64, 1.92), alternative or female
    /// (0.86, 1.67); nil for any other word.
    public static func trimpConstants(named name: String) -> TRIMPConstants? {
        switch name.lowercased() {
        case "standard", "male": .standard
        case "alternative", "female": .alternative
        default: nil
        }
    }

    /// The anchors in use for `today` and where each comes from.
    public static func current(log: LogDatabase, today: CalendarDay) throws -> HeartRateAnchors {
        try LogFigures.read(log, today: today, from: today).anchors
    }

    /// Checks the values given on their own, before the log is opened: each a plausible heart rate,
    /// resting below maximum when both are given.
    public static func check(maximum: Double?, resting: Double?, threshold: Double?) throws(InvalidSetting) {
        let named: [(String, Double?)] = [("--max-hr", maximum), ("--rest-hr", resting), ("--lthr", threshold)]
        for (name, value) in named {
            if let value, !plausible.contains(value) || !value.isFinite {
                throw InvalidSetting(description: "\(name) \(value): expected a heart rate between 25 and 240 bpm")
            }
        }
        if let maximum, let resting, resting >= maximum {
            throw InvalidSetting(
                description: "resting heart rate \(Int(resting)) must be below the maximum \(Int(maximum))")
        }
    }

    /// Stores the given values (nil ones are left as they are) for `today`, after checking them
    /// together with the current settings; returns the anchors now in use.
    public static func record(
        maximum: Double?, resting: Double?, threshold: Double?, constants: TRIMPConstants? = nil, log: LogDatabase,
        today: CalendarDay, now: Date
    ) throws -> HeartRateAnchors {
        try check(maximum: maximum, resting: resting, threshold: threshold)
        let current = try log.currentHeartRateSettings()
        let newMaximum = maximum ?? current[.maximum]?.bpm
        let newResting = resting ?? current[.resting]?.bpm
        if let newMaximum, let newResting, newResting >= newMaximum {
            throw InvalidSetting(
                description: "resting heart rate \(Int(newResting)) must be below the maximum \(Int(newMaximum))")
        }
        let values: [(HeartRateSettingRecord.Kind, Double?)] = [
            (.maximum, maximum), (.resting, resting), (.threshold, threshold),
        ]
        for (kind, value) in values {
            guard let value else { continue }
            try log.recordHeartRateSetting(.init(kind: kind, bpm: value, day: today, recordedAt: now))
        }
        if let constants { try log.recordTRIMPConstants(.init(constants: constants, day: today, recordedAt: now)) }
        return try LogFigures.read(log, today: today, from: today).anchors
    }
}
