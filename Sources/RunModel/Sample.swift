public import Foundation

/// One point of a recorded activity: every measurement is optional because devices record different subsets.
public struct Sample: Sendable, Hashable, Codable {
    public var time: Date?
    public var latitude: Double?
    public var longitude: Double?
    public var elevationMeters: Double?
    public var heartRate: Double?
    /// Cadence as the file records it: for running, strides (one foot's steps) per minute.
    public var cadence: Double?
    /// Cumulative distance from the start as the device recorded it, in metres.
    public var distanceMeters: Double?
    /// The fraction of a cadence unit below 1 the device adds to `cadence` (FIT `fractional_cadence`, 0 ≤ f < 1).
    public var fractionalCadence: Double?
    /// Speed the device recorded, in metres per second.
    public var speedMetersPerSecond: Double?
    /// Running dynamics: ground contact time (FIT `stance_time`) in milliseconds.
    public var groundContactMs: Double?
    /// Running dynamics: vertical oscillation in millimetres.
    public var verticalOscillationMm: Double?
    /// Running dynamics: vertical oscillation as a percentage of step length.
    public var verticalRatioPercent: Double?

    public init(
        time: Date? = nil, latitude: Double? = nil, longitude: Double? = nil, elevationMeters: Double? = nil,
        heartRate: Double? = nil, cadence: Double? = nil, distanceMeters: Double? = nil,
        fractionalCadence: Double? = nil, speedMetersPerSecond: Double? = nil, groundContactMs: Double? = nil,
        verticalOscillationMm: Double? = nil, verticalRatioPercent: Double? = nil
    ) {
        self.time = time
        self.latitude = latitude
        self.longitude = longitude
        self.elevationMeters = elevationMeters
        self.heartRate = heartRate
        self.cadence = cadence
        self.distanceMeters = distanceMeters
        self.fractionalCadence = fractionalCadence
        self.speedMetersPerSecond = speedMetersPerSecond
        self.groundContactMs = groundContactMs
        self.verticalOscillationMm = verticalOscillationMm
        self.verticalRatioPercent = verticalRatioPercent
    }
}
