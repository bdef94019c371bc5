import FIT
import RunModel

/// Reads the heart-rate settings a watch writes into an activity file: `time_in_zone` (maximum,
/// resting and threshold heart rate and the zones' upper boundaries), `zones_target` (maximum and
/// threshold) and `user_profile` (resting, and the default maximum for running, else in general).
/// Each value comes from the first of these that holds a plausible one (a watch writes 0 for "not
/// set"); the session's `time_in_zone` comes before a lap's (docs/run-figures.md).
enum WatchHeartRateReader {
    /// The messages the settings are read from: the session's (else the first) `time_in_zone`, the
    /// first `zones_target` and the first `user_profile`. A leg of a multi-activity file gets these.
    static func messages(in all: [FITMessage]) -> [FITMessage] {
        var sessionZones: FITMessage?
        var firstZones: FITMessage?
        var target: FITMessage?
        var profile: FITMessage?
        for message in all {
            switch message.globalNumber {
            case FITMessageNumber.timeInZone:
                if firstZones == nil { firstZones = message }
                if sessionZones == nil, message.text(FITFieldID.TimeInZone.referenceMesg) == "session" {
                    sessionZones = message
                }
            case FITMessageNumber.zonesTarget where target == nil: target = message
            case FITMessageNumber.userProfile where profile == nil: profile = message
            default: break
            }
        }
        return [sessionZones ?? firstZones, target, profile].compactMap { $0 }
    }

    /// The settings in `messages` (as `messages(in:)` picks them); nil when they hold none.
    static func settings(in all: [FITMessage]) -> WatchHeartRateSettings? {
        let picked = messages(in: all)
        let zones = picked.first { $0.globalNumber == FITMessageNumber.timeInZone }
        let target = picked.first { $0.globalNumber == FITMessageNumber.zonesTarget }
        let profile = picked.first { $0.globalNumber == FITMessageNumber.userProfile }
        func first(_ candidates: Double?...) -> Double? {
            candidates.lazy.compactMap { $0 }.first { PlausibleValues.heartRate.contains($0) }
        }
        return WatchHeartRateSettings(
            maximum: first(
                zones?.number(FITFieldID.TimeInZone.maxHeartRate), target?.number(FITFieldID.ZonesTarget.maxHeartRate),
                profile?.number(FITFieldID.UserProfile.defaultMaxRunningHeartRate),
                profile?.number(FITFieldID.UserProfile.defaultMaxHeartRate)),
            resting: first(
                zones?.number(FITFieldID.TimeInZone.restingHeartRate),
                profile?.number(FITFieldID.UserProfile.restingHeartRate)),
            threshold: first(
                zones?.number(FITFieldID.TimeInZone.thresholdHeartRate),
                target?.number(FITFieldID.ZonesTarget.thresholdHeartRate)),
            zoneHighBoundaries: zones?.numbers(FITFieldID.TimeInZone.hrZoneHighBoundary) ?? [])
    }
}
