/// The kind of activity a run record describes; only the running kinds count toward training load.
public enum Sport: String, Sendable, Hashable, Codable, CaseIterable {
    case running, trail, treadmill, track, walking, cycling, swimming, other

    /// True for the sports the planner counts as running (road, trail, treadmill, track).
    public var isRunning: Bool {
        switch self {
        case .running, .trail, .treadmill, .track: true
        case .walking, .cycling, .swimming, .other: false
        }
    }
}
