/// One Monday-to-Sunday week of running: distance, number of runs and the longest run.
public struct WeekSummary: Sendable, Hashable, Codable {
    /// The Monday the week starts on (runner's local calendar).
    public var start: CalendarDay
    public var distanceMeters: Double
    public var runCount: Int
    public var longestRunMeters: Double
    public var movingSeconds: Double

    public init(
        start: CalendarDay, distanceMeters: Double = 0, runCount: Int = 0, longestRunMeters: Double = 0,
        movingSeconds: Double = 0
    ) {
        self.start = start
        self.distanceMeters = distanceMeters
        self.runCount = runCount
        self.longestRunMeters = longestRunMeters
        self.movingSeconds = movingSeconds
    }

    /// The last `count` weeks up to and including the week of `today`, oldest first, counting
    /// only running sports (`Sport.isRunning`); weeks without runs are present with zeros.
    public static func weeks(of runs: [Run], endingWith today: CalendarDay, count: Int) -> [WeekSummary] {
        guard count > 0 else { return [] }
        let thisMonday = today.monday
        let firstMonday = thisMonday.adding(days: -7 * (count - 1))
        var weeks = (0..<count).map { WeekSummary(start: firstMonday.adding(days: 7 * $0)) }
        for run in runs where run.sport.isRunning {
            let day = run.localDay
            let index = firstMonday.days(to: day)
            guard index >= 0 else { continue }
            let week = index / 7
            guard week < count else { continue }
            weeks[week].distanceMeters += run.distanceMeters
            weeks[week].runCount += 1
            weeks[week].longestRunMeters = max(weeks[week].longestRunMeters, run.distanceMeters)
            weeks[week].movingSeconds += run.movingSeconds
        }
        return weeks
    }
}
