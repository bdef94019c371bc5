public import Foundation
import Render
public import RunAnalysis
public import RunModel
public import TrainingLog

/// `runramp settings`: stores the runner's heart-rate anchors (dated) and says which anchors are used.
public enum HeartRateSettingsUseCase {
    /// Plausible anchors, in bpm.
    public static let plausible = 25.0...240.0

    /// A setting outside the plausible range, a resting rate not below the maximum, or constants
    /// that have no name here; worded once, by `description`.
    public enum InvalidSetting: Error, Sendable, Hashable, CustomStringConvertible {
        /// The option (`--max-hr`, `--rest-hr`, `--lthr`) and the value outside 25–240 bpm.
        case implausible(option: String, Double)
        /// The resting rate (given or stored) is not below the maximum (given or stored).
        case restingNotBelowMaximum(resting: Double, maximum: Double)
        /// `--trimp-constants` naming no constants.
        case unknownConstants(String)

        public var description: String {
            switch self {
            case .implausible(let option, let value): "\(option) \(value): expected a heart rate between 25 and 240 bpm"
            case .restingNotBelowMaximum(let resting, let maximum):
                "resting heart rate \(Self.whole(resting)) must be below the maximum \(Self.whole(maximum))"
            case .unknownConstants(let name):
                "--trimp-constants \(name): expected standard (or male) or alternative (or female)"
            }
        }

        /// A rate in whole bpm, as typed (a stored value from a damaged log is shown as it is).
        private static func whole(_ bpm: Double) -> String {
            guard bpm.isFinite, abs(bpm) < 1e9 else { return "\(bpm)" }
            return "\(Int(bpm))"
        }
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

    /// The constants `--trimp-constants` names, nil when not given; a word with no constants is refused.
    public static func trimpConstants(option name: String?) throws(InvalidSetting) -> TRIMPConstants? {
        guard let name else { return nil }
        guard let named = trimpConstants(named: name) else { throw .unknownConstants(name) }
        return named
    }

    /// "Heart-rate anchors: …", the line `runramp settings` prints.
    public static func line(_ anchors: HeartRateAnchors) -> String {
        "Heart-rate anchors: " + WhyMarkdown.anchorsLine(anchors, markdown: false)
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
                throw .implausible(option: name, value)
            }
        }
        if let maximum, let resting, resting >= maximum {
            throw .restingNotBelowMaximum(resting: resting, maximum: maximum)
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
            throw InvalidSetting.restingNotBelowMaximum(resting: newResting, maximum: newMaximum)
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
