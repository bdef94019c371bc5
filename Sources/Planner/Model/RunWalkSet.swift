/// One session of the NHS Couch-to-5K: its programme week and run, and the run and walk intervals.
public struct RunWalkSet: Sendable, Hashable, Codable {
    /// Running or walking for a number of seconds.
    public struct Interval: Sendable, Hashable, Codable {
        public enum Activity: String, Sendable, Hashable, Codable { case run, walk }
        public var activity: Activity
        public var seconds: Int

        public init(_ activity: Activity, seconds: Int) {
            self.activity = activity
            self.seconds = seconds
        }
    }

    /// Programme week, 1–9.
    public var week: Int
    /// Which of the week's three runs (1–3) when the week has different runs (weeks 5 and 6), else nil.
    public var run: Int?
    /// How often `intervals` is done in a row.
    public var repeats: Int
    /// The intervals of one repeat, starting with a run.
    public var intervals: [Interval]

    public init(week: Int, run: Int? = nil, repeats: Int = 1, intervals: [Interval]) {
        self.week = week
        self.run = run
        self.repeats = repeats
        self.intervals = intervals
    }

    /// Seconds of running and walking.
    public var seconds: Int { repeats * intervals.reduce(0) { $0 + $1.seconds } }

    /// The longest stretch of running without a walk break, in seconds.
    public var longestRunSeconds: Int {
        intervals.filter { $0.activity == .run }.map(\.seconds).max() ?? 0
    }

    /// True when the session is one continuous run without walk breaks (Couch-to-5K's later weeks).
    public var isContinuous: Bool { intervals.allSatisfy { $0.activity == .run } }
}
