public import Foundation

/// A parsed GPX 1.0/1.1 or TCX file: its tracks, routes and waypoints, with the file's metadata.
public struct GPXDocument: Sendable, Equatable {
    /// The XML dialect the file was written in, told by its root element.
    public enum Format: String, Sendable, Equatable {
        case gpx, tcx
    }

    public var format: Format
    /// The GPX `version` attribute ("1.0", "1.1"); nil for TCX or when absent.
    public var version: String?
    /// The GPX `creator` attribute (the app or device that wrote the file).
    public var creator: String?
    /// Metadata name (GPX 1.1 `<metadata><name>`, GPX 1.0 `<gpx><name>`).
    public var name: String?
    /// Metadata time, in UTC.
    public var time: Date?
    /// Tracks; in TCX one track per `Activity`.
    public var tracks: [GPXTrack]
    public var routes: [GPXRoute]
    public var waypoints: [GPXPoint]
    /// Schema violations that did not stop parsing (a `<fix>` outside the GPX enumeration,
    /// a point without `lat`), in file order. The data around them is kept.
    public var issues: [GPXError]

    public init(
        format: Format, version: String? = nil, creator: String? = nil, name: String? = nil, time: Date? = nil,
        tracks: [GPXTrack] = [], routes: [GPXRoute] = [], waypoints: [GPXPoint] = [], issues: [GPXError] = []
    ) {
        self.format = format
        self.version = version
        self.creator = creator
        self.name = name
        self.time = time
        self.tracks = tracks
        self.routes = routes
        self.waypoints = waypoints
        self.issues = issues
    }
}
