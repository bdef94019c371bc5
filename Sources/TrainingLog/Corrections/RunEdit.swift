public import Foundation
public import RunModel

/// A correction to a stored run: each field given replaces the stored value.
public struct RunEdit: Sendable, Hashable {
    public var sport: Sport?
    public var distanceMeters: Double?
    /// The moving time; the elapsed time becomes at least this long.
    public var movingSeconds: Double?
    /// The new start instant (the samples keep their own times).
    public var start: Date?

    public init(sport: Sport? = nil, distanceMeters: Double? = nil, movingSeconds: Double? = nil, start: Date? = nil) {
        self.sport = sport
        self.distanceMeters = distanceMeters
        self.movingSeconds = movingSeconds
        self.start = start
    }

    /// True when the edit changes nothing.
    public var isEmpty: Bool { sport == nil && distanceMeters == nil && movingSeconds == nil && start == nil }
}
