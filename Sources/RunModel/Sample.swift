public import Foundation

/// One point of a recorded activity: every measurement is optional because devices record different subsets.
public struct Sample: Sendable, Hashable, Codable {
    public var time: Date?
    public var latitude: Double?
    public var longitude: Double?
    public var elevationMeters: Double?
    public var heartRate: Double?
    public var cadence: Double?
    /// Cumulative distance from the start as the device recorded it, in metres.
    public var distanceMeters: Double?

    public init(
        time: Date? = nil, latitude: Double? = nil, longitude: Double? = nil, elevationMeters: Double? = nil,
        heartRate: Double? = nil, cadence: Double? = nil, distanceMeters: Double? = nil
    ) {
        self.time = time
        self.latitude = latitude
        self.longitude = longitude
        self.elevationMeters = elevationMeters
        self.heartRate = heartRate
        self.cadence = cadence
        self.distanceMeters = distanceMeters
    }
}
