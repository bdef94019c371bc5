import Foundation
public import RunModel
import ZoneBoundaries
public import ZoneInfo

/// Decides the UTC offset of a run's start, so it counts on the local calendar day it was run
/// (docs/local-dates.md): the file's own offset when it has one, else the zone at the run's first
/// position from the boundary table compiled into RunRamp, else the user's zone.
public struct LocalOffsetResolver: Sendable {
    /// Where zone rules and the user's zone come from.
    public var zones: SystemZone
    /// Whether the zone at the first position is looked up (off in tests of the fallback).
    public var usesBoundaryTable: Bool

    public init(zones: SystemZone, usesBoundaryTable: Bool = true) {
        self.zones = zones
        self.usesBoundaryTable = usesBoundaryTable
    }

    /// Zones from this process's `TZDIR` and `TZ` (the command line's default).
    public static var processEnvironment: LocalOffsetResolver {
        LocalOffsetResolver(zones: SystemZone(environment: ProcessInfo.processInfo.environment))
    }

    /// Where an offset came from.
    public enum Source: Sendable, Hashable {
        /// The file said (FIT local_timestamp, a GPX/TCX time written with an offset).
        case file
        /// The zone at the run's first position.
        case position(zone: String)
        /// The user's zone (`TZ`, then /etc/localtime); nil when even that could not be read.
        case userZone(String?)
    }

    /// `run` with its offset filled in when the file gave none (a run that has one is returned unchanged).
    public func dated(_ run: Run) -> Run {
        guard run.utcOffsetSeconds == nil else { return run }
        var run = run
        run.utcOffsetSeconds = offset(for: run).seconds
        return run
    }

    /// The offset of the run's start and where it came from.
    public func offset(for run: Run) -> (seconds: Int, source: Source) {
        if let seconds = run.utcOffsetSeconds { return (seconds, .file) }
        // A start no clock can show (not finite, beyond Int64) is dated at the epoch rather than trap.
        let instant = Int64(exactly: run.start.timeIntervalSince1970.rounded(.down)) ?? 0
        if usesBoundaryTable, let position = Self.firstPosition(of: run),
            let zone = Self.zone(latitude: position.latitude, longitude: position.longitude),
            let rules = try? zones.rules(zone)
        {
            return (rules.type(at: instant).utcOffsetSeconds, .position(zone: zone))
        }
        let name = try? zones.userZoneIdentifier()
        return (zones.userOffset(at: instant), .userZone(name))
    }

    /// The zone at a coordinate: the table's answer, the nautical zone of the longitude where the
    /// table has none (a sliver between simplified borders), nil when the table is unusable.
    static func zone(latitude: Double, longitude: Double) -> String? {
        guard case .success(let table) = ZoneBoundaryTable.embedded else { return nil }
        return table.zone(latitude: latitude, longitude: longitude)
            ?? ZoneBoundaryTable.nauticalZone(longitude: longitude)
    }

    private static func firstPosition(of run: Run) -> (latitude: Double, longitude: Double)? {
        for sample in run.samples {
            if let latitude = sample.latitude, let longitude = sample.longitude,
                Geodesy.isPlausible(latitude: latitude, longitude: longitude)
            {
                return (latitude, longitude)
            }
        }
        return nil
    }
}
