/// The 10-minute warm-up before every run: easy movement, then drills.
public struct WarmUp: Sendable, Hashable, Codable {
    /// Whole warm-up in seconds.
    public var seconds: Int
    /// Brisk walk or very easy jog at the start, in seconds.
    public var easySeconds: Int
    /// Drills after the easy part; each inner list is done as one step.
    public var drills: [[Exercise]]

    public init(seconds: Int, easySeconds: Int, drills: [[Exercise]]) {
        self.seconds = seconds
        self.easySeconds = easySeconds
        self.drills = drills
    }

    /// The warm-up of every run: 5 min easy, leg swings, walking lunges, high knees and butt kicks.
    public static let beforeEveryRun = WarmUp(
        seconds: 600, easySeconds: 300,
        drills: [
            [Exercise(.legSwings, .repetitions(10), side: .perLeg)],
            [Exercise(.walkingLunges, .repetitions(10), side: .perLeg)],
            [Exercise(.highKnees, .repetitions(20)), Exercise(.buttKicks, .repetitions(20))],
        ])
}
