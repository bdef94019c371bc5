import Foundation
import RunModel
import Testing

@Suite struct WeekSummaryTests {
    func run(_ day: String, km: Double, sport: Sport = .running, offset: Int? = nil, hour: Double = 8) throws -> Run {
        let date = try #require(CalendarDay(day)).startDate.addingTimeInterval(hour * 3_600)
        return Run(
            id: day, source: RunSource(path: day, format: .manual, contentHash: day), sport: sport, start: date,
            utcOffsetSeconds: offset, elapsedSeconds: 1_800, movingSeconds: 1_800, distanceMeters: km * 1_000)
    }

    @Test func weeksRunMondayToSundayAndCountOnlyRunning() throws {
        let today = try #require(CalendarDay("2026-11-25"))  // Wednesday
        let runs = [
            try run("2026-11-23", km: 5), try run("2026-11-25", km: 8), try run("2026-11-22", km: 12),
            try run("2026-11-21", km: 40, sport: .cycling), try run("2026-11-09", km: 3, sport: .treadmill),
            try run("2026-11-01", km: 99),  // too old for 4 weeks
            // 23:30 UTC on Sunday is already Monday at UTC+2.
            try run("2026-11-15", km: 6, offset: 7_200, hour: 23.5),
        ]
        let weeks = WeekSummary.weeks(of: runs, endingWith: today, count: 4)
        #expect(weeks.map(\.start.description) == ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"])
        #expect(weeks.map(\.distanceMeters) == [0, 3_000, 18_000, 13_000])
        #expect(weeks.map(\.runCount) == [0, 1, 2, 2])
        #expect(weeks.map(\.longestRunMeters) == [0, 3_000, 12_000, 8_000])
        #expect(WeekSummary.weeks(of: runs, endingWith: today, count: 0).isEmpty)
    }
}
