import RunModel

/// Maps the activity names files and exports use (FIT sport/sub_sport, GPX `<type>`, TCX Sport,
/// Strava "Activity Type", a CSV `sport` column) to a `Sport`.
enum SportMapping {
    /// The sport a free-form name means, or nil if it names none.
    static func sport(named name: String) -> Sport? {
        let key = name.lowercased().filter { $0.isLetter || $0.isNumber }
        if let exact = Sport(rawValue: key) { return exact }
        switch key {
        case "run", "9", "street", "road", "roadrunning", "indoorrunning": return .running
        case "trailrun", "trailrunning", "ultrarun": return .trail
        case "virtualrun", "treadmillrunning", "indoorrun": return .treadmill
        case "trackrunning", "trackrun": return .track
        case "walk", "hike", "hiking", "speedwalking", "casualwalking": return .walking
        case "ride", "1", "biking", "bike", "virtualride", "ebikeride", "mountainbikeride", "gravelride", "ebiking",
            "cycle":
            return .cycling
        case "swim", "openwater", "lapswimming", "openwaterswimming": return .swimming
        default: break
        }
        if key.contains("trail") { return .trail }
        if key.contains("treadmill") { return .treadmill }
        if key.contains("run") { return .running }
        if key.contains("walk") || key.contains("hik") { return .walking }
        if key.contains("cycl") || key.contains("bik") || key.contains("ride") { return .cycling }
        if key.contains("swim") { return .swimming }
        return nil
    }

    /// A FIT session's sport and sub_sport (profile names, e.g. "running"/"treadmill").
    static func fitSport(sport: String?, subSport: String?) -> Sport {
        let sub = subSport?.lowercased() ?? ""
        switch sport?.lowercased() ?? "" {
        case "running":
            switch sub {
            case "treadmill", "indoor_running", "virtual_activity": return .treadmill
            case "trail": return .trail
            case "track": return .track
            default: return .running
            }
        case "walking", "hiking": return .walking
        case "cycling", "e_biking": return .cycling
        case "swimming": return .swimming
        case "": return .other
        case let other: return SportMapping.sport(named: other) ?? .other
        }
    }

    /// Plausible running pace: between 2:30 and 9:30 per km (6.7 to 1.75 m/s), moving.
    static let runningSpeeds = 1.75...6.7

    /// For a track without any type: running if the moving speed is a running pace, else walking
    /// (slower) or cycling (faster); nil when speed cannot be known.
    static func inferred(distanceMeters: Double, movingSeconds: Double) -> Sport? {
        guard distanceMeters > 0, movingSeconds > 0 else { return nil }
        let speed = distanceMeters / movingSeconds
        if runningSpeeds.contains(speed) { return .running }
        return speed < runningSpeeds.lowerBound ? .walking : .cycling
    }
}
