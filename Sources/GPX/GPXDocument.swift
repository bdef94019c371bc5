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

/// A recorded track (GPX `<trk>`, TCX `<Activity>`), made of segments.
public struct GPXTrack: Sendable, Equatable {
    public var name: String?
    /// GPX `<type>` ("running"), or the TCX `Sport` attribute ("Running").
    public var type: String?
    public var segments: [GPXSegment]

    public init(name: String? = nil, type: String? = nil, segments: [GPXSegment] = []) {
        self.name = name
        self.type = type
        self.segments = segments
    }
}

/// A continuous run of track points (GPX `<trkseg>`, TCX `<Lap>` with its lap figures).
public struct GPXSegment: Sendable, Equatable {
    public var points: [GPXPoint]
    /// TCX `Lap StartTime`, in UTC; nil for GPX.
    public var lapStart: Date?
    /// TCX `<TotalTimeSeconds>` of the lap.
    public var lapTotalTimeSeconds: Double?
    /// TCX `<DistanceMeters>` of the lap.
    public var lapDistanceMeters: Double?

    public init(
        points: [GPXPoint] = [], lapStart: Date? = nil, lapTotalTimeSeconds: Double? = nil,
        lapDistanceMeters: Double? = nil
    ) {
        self.points = points
        self.lapStart = lapStart
        self.lapTotalTimeSeconds = lapTotalTimeSeconds
        self.lapDistanceMeters = lapDistanceMeters
    }
}

/// A planned route (GPX `<rte>`, TCX `<Course>`).
public struct GPXRoute: Sendable, Equatable {
    public var name: String?
    public var points: [GPXPoint]

    public init(name: String? = nil, points: [GPXPoint] = []) {
        self.name = name
        self.points = points
    }
}

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
