import RunModel

/// The sport of an Apple Health workout, from its `workoutActivityType` alone (never from its pace).
enum AppleHealthSport {
    static func sport(activityType: String, isIndoor: Bool?) -> Sport {
        let name = activityType.hasPrefix("HKWorkoutActivityType") ? String(activityType.dropFirst(21)) : activityType
        switch name {
        case "Running": return isIndoor == true ? .treadmill : .running
        case "Walking", "Hiking": return .walking
        case "Cycling", "HandCycling": return .cycling
        case "Swimming": return .swimming
        default: return .other
        }
    }
}
