/// The cool-down after every run: a walk, then stretches.
public struct CoolDown: Sendable, Hashable, Codable {
    /// Whole cool-down in seconds (the walk; the stretches follow it).
    public var seconds: Int
    /// Walking, in seconds.
    public var walkSeconds: Int
    /// Stretches after the walk.
    public var stretches: [Exercise]

    public init(seconds: Int, walkSeconds: Int, stretches: [Exercise]) {
        self.seconds = seconds
        self.walkSeconds = walkSeconds
        self.stretches = stretches
    }

    /// The cool-down of every run: a 5-minute walk and a hamstring stretch, 2 × 30 s per leg.
    public static let afterEveryRun = CoolDown(
        seconds: 300, walkSeconds: 300, stretches: [Exercise(.hamstringStretch, sets: 2, .seconds(30), side: .perLeg)])
}
