public import Foundation

/// One `<Workout>` of an Apple Health export (export.xml), with the figures Health keeps for it.
/// Values only: what counts as a run is decided by the importer.
public struct HealthWorkout: Sendable, Hashable {
    /// `workoutActivityType`, e.g. "HKWorkoutActivityTypeRunning".
    public var activityType: String
    public var start: Date
    /// The offset written with `startDate` ("2024-03-10 07:15:02 +0100" → 3600).
    public var startOffsetSeconds: Int
    public var end: Date
    /// `duration` in seconds (the workout's active time), when given.
    public var durationSeconds: Double?
    /// The sum of the `WorkoutStatistics` for walking/running, cycling or swimming distance (newer
    /// exports), else `totalDistance`, in metres.
    public var distanceMeters: Double?
    /// `totalEnergyBurned`, or the active energy statistics, in kilocalories.
    public var energyKilocalories: Double?
    public var averageHeartRate: Double?
    public var maxHeartRate: Double?
    /// `sourceName` ("Apple Watch", "Strava"…).
    public var sourceName: String?
    /// The `name:` of the `device` attribute ("Apple Watch").
    public var deviceName: String?
    /// The `HKIndoorWorkout` metadata: true for a treadmill or indoor workout, nil when absent.
    public var isIndoor: Bool?
    /// The `FileReference` paths of its routes, e.g. "/workout-routes/route_2024-03-10_8.15am.gpx".
    public var routePaths: [String]
    /// The line of the `<Workout>` element in export.xml.
    public var line: Int

    public init(
        activityType: String, start: Date, startOffsetSeconds: Int, end: Date, durationSeconds: Double? = nil,
        distanceMeters: Double? = nil, energyKilocalories: Double? = nil, averageHeartRate: Double? = nil,
        maxHeartRate: Double? = nil, sourceName: String? = nil, deviceName: String? = nil, isIndoor: Bool? = nil,
        routePaths: [String] = [], line: Int = 0
    ) {
        self.activityType = activityType
        self.start = start
        self.startOffsetSeconds = startOffsetSeconds
        self.end = end
        self.durationSeconds = durationSeconds
        self.distanceMeters = distanceMeters
        self.energyKilocalories = energyKilocalories
        self.averageHeartRate = averageHeartRate
        self.maxHeartRate = maxHeartRate
        self.sourceName = sourceName
        self.deviceName = deviceName
        self.isIndoor = isIndoor
        self.routePaths = routePaths
        self.line = line
    }
}
