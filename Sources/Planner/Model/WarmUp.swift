/// The warm-up before a run: easy movement, then drills (docs/planning-rules.md, "Sessions around the runs").
public struct WarmUp: Sendable, Hashable, Codable {
    /// What the easy part at the start is.
    public enum EasyPart: String, Sendable, Hashable, Codable {
        /// A brisk walk or a very easy jog (before continuous runs).
        case briskWalkOrEasyJog
        /// The NHS Couch-to-5K's brisk walk (before run/walk sessions).
        case briskWalk
    }

    /// Whole warm-up in seconds.
    public var seconds: Int
    /// The easy part at the start, in seconds.
    public var easySeconds: Int
    /// What the easy part is.
    public var easyPart: EasyPart
    /// Drills after the easy part; each inner list is done as one step.
    public var drills: [[Exercise]]

    public init(seconds: Int, easySeconds: Int, easyPart: EasyPart = .briskWalkOrEasyJog, drills: [[Exercise]]) {
        self.seconds = seconds
        self.easySeconds = easySeconds
        self.easyPart = easyPart
        self.drills = drills
    }

    /// The warm-up of every continuous run: 5 min easy, leg swings, walking lunges, high knees and butt kicks.
    public static let beforeEveryRun = WarmUp(
        seconds: 600, easySeconds: 300,
        drills: [
            [Exercise(.legSwings, .repetitions(10), side: .perLeg)],
            [Exercise(.walkingLunges, .repetitions(10), side: .perLeg)],
            [Exercise(.highKnees, .repetitions(20)), Exercise(.buttKicks, .repetitions(20))],
        ])

    /// The warm-up of a Couch-to-5K run/walk session: the NHS five-minute brisk walk, then gentle leg swings (no
    /// lunges, high knees or butt kicks before 60-second running intervals).
    public static let beforeRunWalk = WarmUp(
        seconds: 360, easySeconds: 300, easyPart: .briskWalk,
        drills: [[Exercise(.legSwings, .repetitions(10), side: .perLeg)]])
}
