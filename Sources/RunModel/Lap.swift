public import Foundation

/// A lap (FIT lap message, TCX Lap) as the device split the activity.
public struct Lap: Sendable, Hashable, Codable {
    public var start: Date
    public var elapsedSeconds: Double
    public var distanceMeters: Double?

    public init(start: Date, elapsedSeconds: Double, distanceMeters: Double? = nil) {
        self.start = start
        self.elapsedSeconds = elapsedSeconds
        self.distanceMeters = distanceMeters
    }
}
