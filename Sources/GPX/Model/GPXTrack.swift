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
