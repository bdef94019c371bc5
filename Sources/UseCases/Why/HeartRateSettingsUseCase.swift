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

    /// The anchors in use for `today` and where each comes from.
    public static func current(log: LogDatabase, today: CalendarDay) throws -> HeartRateAnchors {
        try LogFigures.read(log, today: today).anchors
    }

    /// Stores the given values (nil ones are left as they are) for `today`, after checking them
    /// together with the current settings; returns the anchors now in use.
    public static func record(
        maximum: Double?, resting: Double?, threshold: Double?, log: LogDatabase, today: CalendarDay, now: Date
    ) throws -> HeartRateAnchors {
        let named: [(String, Double?)] = [("--max-hr", maximum), ("--rest-hr", resting), ("--lthr", threshold)]
        for (name, value) in named {
            if let value, !plausible.contains(value) || !value.isFinite {
                throw InvalidSetting(description: "\(name) \(value): expected a heart rate between 25 and 240 bpm")
            }
        }
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
        return try LogFigures.read(log, today: today).anchors
    }
}
