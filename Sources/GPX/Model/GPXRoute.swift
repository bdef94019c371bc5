/// A planned route (GPX `<rte>`, TCX `<Course>`).
public struct GPXRoute: Sendable, Equatable {
    public var name: String?
    public var points: [GPXPoint]

    public init(name: String? = nil, points: [GPXPoint] = []) {
        self.name = name
        self.points = points
    }
}
