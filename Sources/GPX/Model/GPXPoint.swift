public import Foundation

/// One track, route or way point with the sensor values a runner's file may carry.
public struct GPXPoint: Sendable, Equatable {
    /// Degrees north; nil when the file gives none (TCX points without `<Position>`).
    public var latitude: Double?
    /// Degrees east.
    public var longitude: Double?
    /// Metres above sea level (`<ele>`, TCX `<AltitudeMeters>`).
    public var elevation: Double?
    /// In UTC.
    public var time: Date?
    /// The UTC offset `time` was written with (`…T06:00:00+11:00`); nil for `Z`, no zone or `+00:00`.
    public var utcOffsetSeconds: Int?
    /// Beats per minute (TrackPointExtension `hr`, vendor `heartrate`, TCX `HeartRateBpm`).
    public var heartRate: Double?
    /// Steps or revolutions per minute as the file gives it (`cad`, TCX `Cadence`/`RunCadence`).
    public var cadence: Double?
    /// Air temperature in °C (`atemp`).
    public var temperature: Double?
    /// Metres per second (`speed`, GPX 1.0 `<speed>`, TCX `Speed`).
    public var speed: Double?
    /// TCX `<DistanceMeters>`: distance from the start of the activity.
    public var distanceMeters: Double?

    public init(
        latitude: Double? = nil, longitude: Double? = nil, elevation: Double? = nil, time: Date? = nil,
        heartRate: Double? = nil, cadence: Double? = nil, temperature: Double? = nil, speed: Double? = nil,
        distanceMeters: Double? = nil
    ) {
        self.latitude = latitude
        self.longitude = longitude
        self.elevation = elevation
        self.time = time
        self.heartRate = heartRate
        self.cadence = cadence
        self.temperature = temperature
        self.speed = speed
        self.distanceMeters = distanceMeters
    }

    /// True when the point has both a latitude and a longitude.
    public var hasPosition: Bool { latitude != nil && longitude != nil }
}
